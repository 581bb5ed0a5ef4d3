// EnumTests: enums as .NET runs them: ToString with the constant's name (and of an unnamed
// value, its number), the G/D/X/F formats, interpolation, signed and byte-sized enums,
// [Flags] combinations, GetNames/GetValues in value order, GetName, IsDefined, Parse/TryParse (names, lists of
// names, numbers, case, white space, errors), Equals, CompareTo and HasFlag, on enums of
// this assembly and of the core library. Expected values are .NET's (the host run proves it).
using System;

namespace RalphOS.Kernel.SelfTest;

internal static class EnumTests
{
    private enum Color
    {
        Red,
        Green = 5,
        Blue,
    }

    private enum Small : sbyte
    {
        Low = -2,
        Zero = 0,
        High = 100,
    }

    private enum Order : long
    {
        Minus = -1,
        Two = 2,
        One = 1,
    }

    [Flags]
    private enum Access : byte
    {
        None = 0,
        Read = 1,
        Write = 2,
        Execute = 4,
        ReadWrite = Read | Write,
    }

    public static void Run()
    {
        SelfTestRunner.Check("Enum.ToString gives the constant's name", Color.Red.ToString() == "Red" && Color.Blue.ToString() == "Blue"
            && $"{Color.Green}" == "Green" && ((Color)7).ToString() == "7" && Small.Low.ToString() == "Low" && ((Small)(-5)).ToString() == "-5");
        SelfTestRunner.Check("Enum.ToString formats G, D, X and F", Color.Green.ToString("D") == "5" && Color.Green.ToString("X") == "00000005"
            && Color.Blue.ToString("G") == "Blue" && ((Small)(-5)).ToString("X") == "FB" && Access.Write.ToString("x") == "02"
            && (Access.Read | Access.Execute).ToString("F") == "Read, Execute" && Access.ReadWrite.ToString("F") == "ReadWrite"
            && ((Access)8).ToString("F") == "8" && Access.None.ToString("F") == "None" && $"{Color.Blue:D}" == "6");
        SelfTestRunner.Check("[Flags] enums: ToString lists the names of a combination", (Access.Read | Access.Execute).ToString() == "Read, Execute"
            && $"{Access.Read | Access.Write}" == "ReadWrite" && ((Access)9).ToString() == "9" && (Access.ReadWrite | Access.Execute).ToString() == "ReadWrite, Execute"
            && Access.None.ToString() == "None" && (Color.Green | Color.Blue).ToString() == "7");
        SelfTestRunner.Check("Enum.ToString: a bad format throws FormatException", Expect.Throws<FormatException>(() => Color.Red.ToString("Q")));
        SelfTestRunner.Check("Enum.GetNames and GetValues in value order", string.Join(",", Enum.GetNames<Color>()) == "Red,Green,Blue"
            && string.Join(",", Enum.GetNames<Order>()) == "One,Two,Minus" && Enum.GetValues<Color>().Length == 3 && Enum.GetValues<Color>()[2] == Color.Blue
            && Enum.GetValues<Small>()[0] == Small.Zero && Enum.GetValues<Order>()[2] == Order.Minus && Enum.GetNames(typeof(Access)).Length == 5);
        SelfTestRunner.Check("Enum.GetName and IsDefined", Enum.GetName(Color.Blue) == "Blue" && Enum.GetName((Color)9) == null
            && Enum.IsDefined(Color.Green) && !Enum.IsDefined((Color)1) && Enum.IsDefined(typeof(Color), "Blue") && !Enum.IsDefined(typeof(Color), "blue")
            && Enum.IsDefined(typeof(Color), 6) && Enum.GetName(typeof(Color), 0) == "Red");
        SelfTestRunner.Check("Enum.Parse of names, lists, numbers and case", Enum.Parse<Color>("Blue") == Color.Blue && Enum.Parse<Color>(" green ", true) == Color.Green
            && Enum.Parse<Color>("5") == Color.Green && Enum.Parse<Color>("7") == (Color)7 && Enum.Parse<Access>("Read, Write") == Access.ReadWrite
            && Enum.Parse<Small>("-2") == Small.Low && Enum.Parse<Order>("Minus") == Order.Minus);
        SelfTestRunner.Check("Enum.TryParse reports failure without throwing", Enum.TryParse("Red", out Color red) && red == Color.Red
            && !Enum.TryParse("Purple", out Color purple) && purple == Color.Red && !Enum.TryParse("green", out Color _) && Enum.TryParse("green", true, out Color green)
            && green == Color.Green && !Enum.TryParse<Small>("300", out _) && !Enum.TryParse<Color>(null, out _) && !Enum.TryParse<Color>("  ", out _));
        SelfTestRunner.Check("Enum.Parse failures throw as .NET", Expect.Throws<ArgumentException>(() => Enum.Parse<Color>("Purple"))
            && Expect.Throws<ArgumentException>(() => Enum.Parse<Color>(" ")) && Expect.Throws<OverflowException>(() => Enum.Parse<Small>("200"))
            && Expect.Throws<ArgumentNullException>(() => Enum.Parse<Color>(null)) && Expect.Throws<ArgumentException>(() => Enum.Parse<Access>("Read, Fly")));
        object boxed = Color.Red;
        SelfTestRunner.Check("Enum: Equals, CompareTo and HasFlag by value", boxed.Equals(Color.Red) && !Color.Red.Equals(Color.Blue) && !boxed.Equals(0)
            && Color.Red.CompareTo(Color.Blue) < 0 && Small.Low.CompareTo(Small.Zero) < 0 && Order.Minus.CompareTo(Order.One) < 0
            && (Access.Read | Access.Write).HasFlag(Access.Write) && !Access.Read.HasFlag(Access.Execute) && Access.Read.HasFlag(Access.None)
            && Color.Green.GetHashCode() == Color.Green.GetHashCode() && Expect.Throws<ArgumentException>(() => Color.Red.CompareTo(Small.Low)));
        SelfTestRunner.Check("Enums of the core library have names too", DayOfWeek.Friday.ToString() == "Friday"
            && Enum.GetName(typeof(DayOfWeek), 3) == "Wednesday" && Enum.Parse<DayOfWeek>("Sunday") == DayOfWeek.Sunday
            && StringComparison.OrdinalIgnoreCase.ToString() == "OrdinalIgnoreCase");
        SelfTestRunner.Check("Type.IsEnum", typeof(Color).IsEnum && typeof(Access).IsEnum && !typeof(int).IsEnum && !typeof(Enum).IsEnum);
    }
}
