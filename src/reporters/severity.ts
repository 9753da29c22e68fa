// GitHub code scanning ranks alerts by `security-severity` (0.1-3.9 low, 4-6.9 medium,
// 7-8.9 high, 9+ critical). Our judgement of how directly each requirement guards the project.
const BY_FAMILY: Record<string, number> = { AC: 7.5, BR: 7.0, DO: 3.0, GV: 3.0, LE: 2.0, QA: 5.0, SA: 4.0, VM: 5.5 };
const BY_ID: Record<string, number> = {
  'OSPS-AC-01.01': 8.5,
  'OSPS-BR-01.01': 8.5,
  'OSPS-BR-01.03': 8.5,
  'OSPS-BR-07.01': 8.0,
  'OSPS-AC-04.02': 6.5,
  'OSPS-QA-05.01': 6.0,
  'OSPS-VM-02.01': 5.0,
  'OSPS-VM-03.01': 5.0,
};

export function securitySeverity(id: string, family: string): string {
  return (BY_ID[id] ?? BY_FAMILY[family] ?? 5.0).toFixed(1);
}
