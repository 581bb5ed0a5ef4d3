// SoftwareTlb: keeps QEMU's software TLB sized for the heap when the kernel runs under TCG
// (no KVM). QEMU translates guest addresses through a per-CPU table that it resizes only
// when the guest flushes its TLB (accel/tcg/cputlb.c, tlb_mmu_resize_locked: twice as
// large when more than 70% of it was used since the last flush, smaller when less than 30%
// over 100 ms). This kernel maps memory once and never reloads CR3, so the table keeps the
// size it had after boot (512 entries, 2 MiB, with QEMU 7.2), and the collector, the sweep
// and the allocator, working over a heap of tens of MiB, miss in it at nearly every access
// to a page they did not touch just before. Flushing once per collection lets QEMU grow
// the table to the working set (gcbench 10 500: mean pause about 8 ms -> under 4 ms, and
// faster allocation). On a real CPU or under KVM, flushing a 2 MiB-page identity map once
// per collection costs next to nothing.
// Interface: Reset (installed as GarbageCollector.BeforeMark). Caller: the collector.
using RalphOS.Kernel.Arch;

namespace RalphOS.Kernel.Memory;

internal static class SoftwareTlb
{
    public static void Reset() => Cpu.FlushTlb();
}
