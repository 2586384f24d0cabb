// Which organisation a body of the lexicon belongs to, for PART_OF when the text names both
// ("Conseil de la Fédération de l’Assemblée fédérale", "Parliamentary Assembly of the Union State").

/** Body -> the organisation it belongs to: "Conseil d’État suprême" is part of the Union State. */
export const ORGANISATION_PARENTS: Readonly<Record<string, string>> = {
  'sco-rats': 'sco',
  'csto-collective-security-council': 'csto',
  'supreme-state-council': 'union-state',
  'union-state-parliamentary-assembly': 'union-state',
  'supreme-eurasian-economic-council': 'eaeu',
  'eurasian-intergovernmental-council': 'eaeu',
  'eurasian-economic-commission': 'eaeu',
  'cis-ipa': 'cis',
  'african-union-commission': 'african-union',
  'un-security-council': 'un',
  'un-general-assembly': 'un',
  unrcca: 'un',
  'european-commission': 'european-union',
  'european-parliament': 'european-union',
  'state-duma': 'federal-assembly-of-russia',
  'federation-council': 'federal-assembly-of-russia',
  'council-of-the-republic-of-belarus': 'national-assembly-of-belarus',
  'mazhilis-of-kazakhstan': 'parliament-of-kazakhstan',
  'senate-of-kazakhstan': 'parliament-of-kazakhstan',
};
