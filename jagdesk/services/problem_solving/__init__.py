"""Problem-solving cases: the cases (cases), their actions and dated updates (actions), the evidence
drawn from the data (evidence) and the case sheet the writers print (sheet)."""
