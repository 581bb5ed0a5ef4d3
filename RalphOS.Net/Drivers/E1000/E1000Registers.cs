// E1000Registers: register offsets (from BAR0) and bit values of the Intel 82540EM, as
// "PCI/PCI-X Family of Gigabit Ethernet Controllers Software Developer's Manual" (Intel
// 317453006, revision 4.0) gives them: section 13 "Register Descriptions" and section 3
// "Receive and Transmit Description" for the descriptors. Used by E1000Driver.
namespace RalphOS.Net.Drivers.E1000;

public static class E1000Registers
{
    public const uint Ctrl = 0x0000;        // 13.4.1 Device Control
    public const uint Status = 0x0008;      // 13.4.2 Device Status
    public const uint Eerd = 0x0014;        // 13.4.4 EEPROM Read
    public const uint Icr = 0x00C0;         // 13.4.17 Interrupt Cause Read (clears on read)
    public const uint Ims = 0x00D0;         // 13.4.20 Interrupt Mask Set
    public const uint Imc = 0x00D8;         // 13.4.21 Interrupt Mask Clear
    public const uint Rctl = 0x0100;        // 13.4.22 Receive Control
    public const uint Tctl = 0x0400;        // 13.4.33 Transmit Control
    public const uint Tipg = 0x0410;        // 13.4.34 Transmit IPG
    public const uint Rdbal = 0x2800;       // 13.4.27 Receive Descriptor Base Address Low
    public const uint Rdbah = 0x2804;
    public const uint Rdlen = 0x2808;       // ring length in bytes, a multiple of 128
    public const uint Rdh = 0x2810;         // head: the next descriptor the card fills
    public const uint Rdt = 0x2818;         // tail: one past the last descriptor the card owns
    public const uint Tdbal = 0x3800;       // 13.4.38 Transmit Descriptor Base Address Low
    public const uint Tdbah = 0x3804;
    public const uint Tdlen = 0x3808;
    public const uint Tdh = 0x3810;
    public const uint Tdt = 0x3818;
    public const uint Mta = 0x5200;         // 13.5.1 Multicast Table Array, 128 dwords
    public const int MtaEntries = 128;
    public const uint Ral0 = 0x5400;        // 13.5.2 Receive Address Low/High, entry 0
    public const uint Rah0 = 0x5404;

    public const uint CtrlSetLinkUp = 1u << 6;          // SLU
    public const uint CtrlAutoSpeed = 1u << 5;          // ASDE
    public const uint CtrlReset = 1u << 26;             // RST, self-clearing
    public const uint StatusLinkUp = 1u << 1;           // LU
    public const uint StatusSpeedShift = 6, StatusSpeedMask = 3; // 00 10, 01 100, 1x 1000 Mb/s

    public const uint EerdStart = 1u << 0;
    public const uint EerdDone = 1u << 4;
    public const int EerdAddressShift = 8;
    public const int EerdDataShift = 16;

    // Interrupt cause bits (ICR, IMS, IMC).
    public const uint IntTransmitDone = 1u << 0;        // TXDW
    public const uint IntLinkChange = 1u << 2;          // LSC
    public const uint IntReceiveMinimum = 1u << 4;      // RXDMT0: free descriptors low
    public const uint IntReceiveOverrun = 1u << 6;      // RXO
    public const uint IntReceiveTimer = 1u << 7;        // RXT0: a frame arrived
    public const uint AllInterrupts = 0xFFFFFFFF;

    public const uint RctlEnable = 1u << 1;             // EN
    public const uint RctlBroadcast = 1u << 15;         // BAM
    public const uint RctlBuffer2048 = 0;               // BSIZE 00 with BSEX 0
    public const uint RctlStripCrc = 1u << 26;          // SECRC

    public const uint TctlEnable = 1u << 1;             // EN
    public const uint TctlPadShort = 1u << 3;           // PSP
    public const uint TctlCollisionThreshold = 0x10u << 4;  // CT: 16, the manual's value
    public const uint TctlCollisionDistance = 0x40u << 12;  // COLD: 64 byte times, full duplex
    // IPGT 10, IPGR1 8, IPGR2 6: the manual's values for IEEE 802.3 on the 82540EM (13.4.34).
    public const uint TipgDefault = 10u | (8u << 10) | (6u << 20);

    public const uint RahAddressValid = 1u << 31;       // AV
}
