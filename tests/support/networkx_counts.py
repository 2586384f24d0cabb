"""Reads a GEXF 1.3 file with NetworkX and prints its node and edge counts as JSON.

Debian 12's NetworkX (2.8) knows the GEXF namespaces up to 1.2draft and, of the textual time
formats, only "date" (read as strings): the 1.3 namespaces are mapped onto 1.2draft and
timeformat "dateTime" onto "date" before parsing; nothing else of the file is changed.
"""
import io
import json
import sys

import networkx as nx

with open(sys.argv[1], encoding="utf-8") as f:
    text = f.read()
text = text.replace('xmlns="http://gexf.net/1.3"', 'xmlns="http://www.gexf.net/1.2draft"')
text = text.replace('xmlns:viz="http://gexf.net/1.3/viz"', 'xmlns:viz="http://www.gexf.net/1.2draft/viz"')
text = text.replace('version="1.3"', 'version="1.2"', 1)
text = text.replace('timeformat="dateTime"', 'timeformat="date"', 1)
graph = nx.read_gexf(io.BytesIO(text.encode("utf-8")))
labels = sorted(data.get("label", "") for _, data in graph.nodes(data=True))
print(json.dumps({"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(), "labels": labels}, ensure_ascii=False))
