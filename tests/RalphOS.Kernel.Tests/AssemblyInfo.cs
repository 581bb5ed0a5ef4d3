// Boot tests run one QEMU at a time: parallel guests on a two-core machine starve each
// other's virtual timers under TCG, which makes timing checks meaningless.
using Xunit;

[assembly: CollectionBehavior(DisableTestParallelization = true)]
