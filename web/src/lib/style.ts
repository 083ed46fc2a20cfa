// How entities look on the canvas. Styles read data(...) mappers set per element, rather than
// one selector per type, which keeps Cytoscape fast on large graphs.
import type { StylesheetJson } from 'cytoscape';

export const typeLook: Record<string, { color: string; shape: string }> = {
  Person: { color: '#2563eb', shape: 'ellipse' },
  Organization: { color: '#b91c1c', shape: 'star' },
  Company: { color: '#7c3aed', shape: 'round-rectangle' },
  Case: { color: '#ea580c', shape: 'rectangle' },
  Incident: { color: '#f59e0b', shape: 'triangle' },
  Arrest: { color: '#be123c', shape: 'diamond' },
  Custody: { color: '#57534e', shape: 'octagon' },
  Address: { color: '#059669', shape: 'round-tag' },
  Phone: { color: '#0891b2', shape: 'round-rectangle' },
  Vehicle: { color: '#4d7c0f', shape: 'barrel' },
  BankAccount: { color: '#a16207', shape: 'hexagon' },
  Transfer: { color: '#ca8a04', shape: 'vee' },
  FinancialReport: { color: '#9333ea', shape: 'tag' },
  Alcaldia: { color: '#64748b', shape: 'round-pentagon' },
  Colonia: { color: '#64748b', shape: 'round-pentagon' },
  Cuadrante: { color: '#64748b', shape: 'round-pentagon' },
};

export const fallbackLook = { color: '#6b7280', shape: 'ellipse' };

export const stylesheet: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      shape: 'data(shape)' as never,
      label: 'data(label)',
      color: '#111827',
      'font-size': 11,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': '140px',
      width: 28,
      height: 28,
      'border-width': 2,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node[?more]', style: { 'border-color': '#f59e0b', 'border-width': 4 } },
  { selector: 'node:selected', style: { 'border-color': '#111827', 'border-width': 4 } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#9ca3af',
      'target-arrow-color': '#9ca3af',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 8,
      color: '#4b5563',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
    },
  },
  {
    selector: 'edge:selected',
    style: { 'line-color': '#111827', 'target-arrow-color': '#111827', width: 3 },
  },
];
