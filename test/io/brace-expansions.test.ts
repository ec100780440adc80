import { describe, expect, it } from 'vitest';
import { braceExpansions } from '../../src/io/brace-expansions.js';

describe('braceExpansions', () => {
  it('multiplies groups side by side and adds up choices, nested ones included', () => {
    expect(braceExpansions('**/*.yaml')).toBe(1);
    expect(braceExpansions('**/*.{yaml,yml,md}')).toBe(3);
    expect(braceExpansions('{a,b}/{c,d,e}/*.{yaml,yml}')).toBe(12);
    expect(braceExpansions('{a,b{c,d}}/x')).toBe(3);
    expect(braceExpansions('{a,b}'.repeat(18))).toBe(262_144);
  });

  it('counts the members of a range and nothing for braces that open no group', () => {
    expect(braceExpansions('team-{1..100}.yaml')).toBe(100);
    expect(braceExpansions('{a..z}{0..100..10}')).toBe(26 * 11);
    expect(braceExpansions('{single}.yaml')).toBe(1);
    expect(braceExpansions('{a,b.yaml')).toBe(1);
    expect(braceExpansions('\\{a,b\\}.yaml')).toBe(1);
  });
});
