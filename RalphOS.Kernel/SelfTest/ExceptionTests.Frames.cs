// ExceptionTests.Frames: scenarios where the exception crosses frames, objects and nested
// handlers (ExceptionTests.cs runs them): deep recursion, constructors and static
// constructors, generic/virtual/interface calls, disposal, throws inside finally, catch
// and filters, and the runtime failures thrown by compiled code and by the CPU.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace RalphOS.Kernel.SelfTest;

internal static partial class ExceptionTests
{
    private sealed class CodedException : Exception
    {
        public CodedException(int code) : base("coded") { Code = code; }
        public int Code { get; }
    }

    private sealed class Picky
    {
        public Picky(int size)
        {
            if (size < 0)
                throw new ArgumentOutOfRangeException(nameof(size));
        }
    }

    private static class FailingStatics
    {
        public static int Value;
        static FailingStatics()
        {
            if (_zero == 0)
                throw new InvalidOperationException("static constructor");
            Value = 1;
        }
    }

    private static class Generic<T>
    {
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static T Fail(string key) => throw new KeyNotFoundException(key);
    }

    private abstract class Shape
    {
        public abstract double Area();
    }

    private sealed class Blob : Shape
    {
        public override double Area() => throw new NotImplementedException();
    }

    private interface IReader
    {
        int Read();
    }

    private sealed class BrokenReader : IReader
    {
        public int Read() => throw new NotSupportedException();
    }

    private sealed class Resource : IDisposable
    {
        public bool Disposed;
        public void Dispose() => Disposed = true;
    }

    private sealed class Countdown : IEnumerable<int>
    {
        public bool Disposed;
        public IEnumerator<int> GetEnumerator() => new Enumerator(this);
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private sealed class Enumerator : IEnumerator<int>
        {
            private readonly Countdown _owner;
            private int _value = 3;
            public Enumerator(Countdown owner) { _owner = owner; }
            public int Current => _value;
            object IEnumerator.Current => _value;
            public bool MoveNext() => --_value > 0;
            public void Reset() { }
            public void Dispose() => _owner.Disposed = true;
        }
    }

    private class Animal { }
    private sealed class Dog : Animal { }
    private sealed class Cat : Animal { }

    private sealed class Holder
    {
        public int Value = 5;

        [MethodImpl(MethodImplOptions.NoInlining)]
        public static int Read(Holder holder) => holder.Value;

        [MethodImpl(MethodImplOptions.NoInlining)]
        public static int Call(Holder holder) => holder.Twice();

        [MethodImpl(MethodImplOptions.NoInlining)]
        public int Twice() => Value * 2;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool ThroughFrames(int depth)
    {
        try
        {
            Descend(depth);
            return false;
        }
        catch (CodedException e)
        {
            return e.Code == depth;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Descend(int depth)
    {
        try
        {
            if (depth == 1)
                throw new CodedException(20);
            Descend(depth - 1);
        }
        finally
        {
            _log += "f";
        }
    }

    private static bool StaticConstructorFailure()
    {
        Exception caught = CaughtFrom(() => FailingStatics.Value++);
        return caught is TypeInitializationException typeInit
            && typeInit.TypeName.EndsWith("FailingStatics")
            && typeInit.InnerException is InvalidOperationException inner
            && inner.Message == "static constructor";
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool UsingDisposes()
    {
        var resource = new Resource();
        try
        {
            using (resource)
                ThrowIf(true);
        }
        catch (InvalidOperationException)
        {
        }
        return resource.Disposed;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool ForeachDisposes()
    {
        var countdown = new Countdown();
        try
        {
            foreach (int value in countdown)
                ThrowIf(value == 1);
        }
        catch (InvalidOperationException)
        {
        }
        return countdown.Disposed;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string InnerHandles()
    {
        _log = "";
        try
        {
            try { ThrowIf(true); }
            catch (InvalidOperationException) { _log += "i"; }
        }
        catch (Exception)
        {
            _log += "o";
        }
        return _log;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string InnerPasses()
    {
        _log = "";
        try
        {
            try { ThrowIf(true); }
            catch (FormatException) { _log += "i"; }
            finally { _log += "f"; }
        }
        catch (InvalidOperationException)
        {
            _log += "o";
        }
        return _log;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string ThrowInFinally()
    {
        try
        {
            try { throw new InvalidOperationException("first"); }
            finally { throw new FormatException("second"); }
        }
        catch (InvalidOperationException e)
        {
            return e.Message;
        }
        catch (FormatException e)
        {
            return e.Message;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string ThrowInCatch()
    {
        try
        {
            try { ThrowIf(true); }
            catch (InvalidOperationException) { throw new FormatException("from catch"); }
        }
        catch (FormatException e)
        {
            return $"outer:{e.Message}";
        }
        return "none";
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string ThrowInCatchSkipsSiblings()
    {
        try
        {
            try { ThrowIf(true); }
            catch (InvalidOperationException) { throw new FormatException(); }
            catch (FormatException) { return "sibling"; }
        }
        catch (FormatException)
        {
            return "outer";
        }
        return "none";
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string TryInsideCatch()
    {
        try
        {
            ThrowIf(true);
        }
        catch (InvalidOperationException)
        {
            try { throw new FormatException("inner"); }
            catch (FormatException e) { return $"{e.Message} handled"; }
        }
        return "none";
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string TryInsideFinally()
    {
        _log = "";
        try
        {
            try
            {
                ThrowIf(true);
            }
            finally
            {
                _log += "f";
                try { throw new FormatException(); }
                catch (FormatException) { _log += "i"; }
            }
        }
        catch (InvalidOperationException)
        {
            _log += "o";
        }
        return _log;
    }

    private static bool ThrowingFilter() => throw new FormatException("in filter");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string FilterThatThrows()
    {
        try
        {
            ThrowIf(true);
        }
        catch (InvalidOperationException) when (ThrowingFilter())
        {
            return "filter";
        }
        catch (InvalidOperationException)
        {
            return "next";
        }
        return "none";
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Divide(int a, int b) => a / b;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long Remainder(long a, long b) => a % b;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int DivideWithFinally(int b)
    {
        try { return Divide(1, b); }
        finally { _log += "f"; }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string DivideThroughFrames()
    {
        _log = "";
        try { DivideWithFinally(_zero); }
        catch (DivideByZeroException) { _log += "c"; }
        return _log;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Two() => 2;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Animal SomeAnimal(int choice) => choice == 0 ? new Cat() : new Dog();

    private static bool CastMessage()
    {
        string message = MessageOf(() => KeepAlive((Dog)SomeAnimal(0)));
        return message != null && message.StartsWith("Unable to cast object of type '") && message.Contains("Cat") && message.Contains("Dog");
    }

    private static void KeepAlive(Animal animal) => _log = animal.ToString();
}
