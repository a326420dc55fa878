// Money in inputs and answers: the hub's one Rupiah scalar.
export { RupiahScalar } from '#platform/federation/rupiah';
