// Who may download /export/: anyone when the server listens on loopback only; otherwise the
// bearer of the mutation's token (an export is a copy of the whole graph and costs a layout).

import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { BlockList, isIPv6 } from 'node:net';

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');
LOOPBACK.addSubnet('::ffff:127.0.0.0', 104, 'ipv6');

/** 127.0.0.1, ::1, localhost: reachable from this machine only. 0.0.0.0 and :: are every interface. */
export function isLoopbackHost(host: string): boolean {
  if (host.toLowerCase() === 'localhost') return true;
  const address = host.replace(/^\[(.*)\]$/, '$1');
  try {
    return LOOPBACK.check(address, isIPv6(address) ? 'ipv6' : 'ipv4');
  } catch {
    return false; // a host name: it may resolve to any interface
  }
}

/** `Authorization: Bearer <token>`, compared in constant time. */
export function carriesToken(req: IncomingMessage, token: string): boolean {
  const given = Buffer.from(/^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export interface ExportRefusal {
  readonly status: 401 | 403;
  readonly code: 'FORBIDDEN' | 'UNAUTHENTICATED';
  readonly message: string;
}

/** Why this request may not export, or undefined when it may. */
export function refuseExport(
  req: IncomingMessage,
  host: string,
  token: string | undefined,
): ExportRefusal | undefined {
  if (isLoopbackHost(host)) return undefined;
  if (!token) {
    return {
      status: 403,
      code: 'FORBIDDEN',
      message: `exports are off on a server listening on ${host} without PROTOKOL_TOKEN: set it and send Authorization: Bearer <token>, or listen on 127.0.0.1`,
    };
  }
  if (carriesToken(req, token)) return undefined;
  return {
    status: 401,
    code: 'UNAUTHENTICATED',
    message: `exports of a server listening on ${host} need the header Authorization: Bearer <token> (PROTOKOL_TOKEN)`,
  };
}
