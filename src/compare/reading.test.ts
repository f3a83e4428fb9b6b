import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namedBy } from './reading.js';

describe('titles an occupation title names', () => {
  it('the head before a qualifier, and parts joined by "and" that stand alone', () => {
    assert.deepEqual(namedBy('Cooks, Restaurant').sort(), ['cook', 'cook restaurant']);
    assert.ok(namedBy('Teaching Assistants, Postsecondary').includes('teaching assistant'));
    assert.ok(namedBy('Veterinary Assistants and Laboratory Animal Caretakers').includes('veterinary assistant'));
    assert.ok(namedBy('Accountants and Auditors').includes('auditor'));
    assert.ok(namedBy('Maintenance and Repair Workers, General').includes('maintenance worker'));
    assert.ok(namedBy('Surgeons, All Other').includes('surgeon'));
  });

  it('not a part that borrows a word from the other part, nor a field, nor the head of a residual pair', () => {
    assert.ok(!namedBy('Food Scientists and Technologists').includes('technologist'));
    assert.ok(!namedBy('Teachers and Instructors, All Other').includes('teacher'));
    assert.ok(!namedBy('Teachers and Instructors, All Other').includes('teacher and instructor'));
    assert.ok(!namedBy('Appraisers and Assessors of Real Estate').includes('appraiser'));
    assert.deepEqual(namedBy('Computer, Automated Teller, and Office Machine Repairers'), [
      'computer automated teller and office machine repairer',
    ]);
  });
});
