// AtaResult: how an ATA operation ended, as a value; AtaDrive.Describe words it for users.
namespace RalphOS.Kernel.Drivers.Ata;

public enum AtaResult
{
    Ok,
    NoDevice,
    NotAtaDevice,
    Timeout,
    DeviceError,
    OutOfRange,
}
