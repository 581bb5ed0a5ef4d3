// E1000Status: the result of E1000Driver.Initialize.
namespace RalphOS.Net.Drivers.E1000;

public enum E1000Status
{
    Ok,
    /// <summary>The registers read as all ones: nothing answers at this address.</summary>
    NoDevice,
    /// <summary>The card did not finish its reset in time.</summary>
    ResetTimeout,
    /// <summary>Neither the EEPROM nor the receive address registers hold a usable MAC.</summary>
    NoMacAddress,
    /// <summary>No memory for the descriptor rings and buffers.</summary>
    NoMemory,
}
