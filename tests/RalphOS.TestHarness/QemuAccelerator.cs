// QemuAccelerator: how QEMU executes the guest. Auto picks per QemuAcceleratorChoice.
namespace RalphOS.TestHarness;

public enum QemuAccelerator
{
    Auto,
    /// <summary>Hardware virtualization (-accel kvm -cpu qemu64).</summary>
    Kvm,
    /// <summary>QEMU's dynamic translator (-accel tcg): slower code, but no setup cost.</summary>
    Tcg,
}
