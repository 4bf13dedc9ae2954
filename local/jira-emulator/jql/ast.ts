export type Operator = '=' | '!=' | '>' | '>=' | '<' | '<=' | '~' | '!~' | 'in' | 'not in' | 'is' | 'is not';

export interface ValueOperand {
  kind: 'value';
  text: string;
  quoted: boolean;
  pos: number;
}

export type Operand =
  | ValueOperand
  | { kind: 'list'; items: ValueOperand[]; pos: number }
  | { kind: 'empty'; pos: number }
  | { kind: 'function'; name: string; pos: number };

export interface Clause {
  kind: 'clause';
  field: string;
  fieldPos: number;
  op: Operator;
  opPos: number;
  operand: Operand;
}

export type Expr = Clause | { kind: 'and' | 'or'; left: Expr; right: Expr } | { kind: 'not'; expr: Expr };

export interface SortKey {
  field: string;
  pos: number;
  direction: 'asc' | 'desc' | null;
}

export interface JqlQuery {
  where: Expr | null;
  orderBy: SortKey[];
}
