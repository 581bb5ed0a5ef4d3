// GenericVirtualMethods: answers a generic virtual method call. ILC compiles
// `shape.Describe<string>(x)`, where it cannot see the object's exact type, as a call to
// TypeLoaderExports.GVMLookupForSlot(object, handle) followed by a call to the code it
// returns. Resolution: an interface method is first mapped to the class method that
// implements it; a class method to the override the object's type (or its nearest base
// type) provides; then the code for that method and the call's type arguments is found
// (GenericMethodCode). Answers are remembered per (type, handle) in a table that only
// grows: the dictionaries and fat pointers it holds are never freed.
namespace Internal.Runtime.TypeLoader;

internal static unsafe class GenericVirtualMethods
{
    private struct Answer
    {
        public MethodTable* Type;
        public GenericMethodHandle* Method;
        public nint Code;
    }

    private const int InitialCapacity = 64; // a power of two

    private static Answer* _answers;
    private static int _capacity;
    private static int _count;

    public static nint Lookup(MethodTable* type, GenericMethodHandle* method)
    {
        if (_answers != null)
        {
            for (int i = Slot(type, method, _capacity); ; i = (i + 1) & (_capacity - 1))
            {
                if (_answers[i].Type == null)
                    break;
                if (_answers[i].Type == type && _answers[i].Method == method)
                    return _answers[i].Code;
            }
        }
        nint code = Resolve(type, method);
        Remember(type, method, code);
        return code;
    }

    private static nint Resolve(MethodTable* type, GenericMethodHandle* method)
    {
        MethodTable* declaringType = method->DeclaringType;
        int handle = method->MethodHandle;
        string problem = null;
        if (handle == 0)
            Fail(type, method, "the method handle is empty (the core library must be built as System.Private.CoreLib)");
        if (declaringType->IsInterface)
        {
            if (!GenericVirtualMethodTables.FindInterfaceImplementation(declaringType, handle, type, out declaringType, out handle, out problem))
                Fail(type, method, problem);
        }
        MethodTable* implementationType = declaringType;
        int implementation = handle;
        if (!declaringType->IsInterface)
            GenericVirtualMethodTables.FindOverride(declaringType, handle, type, out implementationType, out implementation);
        if (implementationType == null)
        {
            implementationType = declaringType;
            implementation = handle;
        }
        nint code = GenericMethodCode.Find(implementationType, implementation, method->Arguments, method->ArgumentCount, out problem);
        if (code == 0)
            Fail(type, method, problem);
        return code;
    }

    private static void Remember(MethodTable* type, GenericMethodHandle* method, nint code)
    {
        if (2 * (_count + 1) > _capacity)
            Grow();
        int i = Slot(type, method, _capacity);
        while (_answers[i].Type != null)
            i = (i + 1) & (_capacity - 1);
        _answers[i].Type = type;
        _answers[i].Method = method;
        _answers[i].Code = code;
        _count++;
    }

    private static void Grow()
    {
        Answer* old = _answers;
        int oldCapacity = _capacity;
        _capacity = oldCapacity == 0 ? InitialCapacity : 2 * oldCapacity;
        _answers = (Answer*)ManagedHeap.AllocateNative((nuint)(_capacity * sizeof(Answer)));
        if (_answers == null)
            Panic.Fail("generic virtual method call: out of memory for the table of resolved calls");
        _count = 0;
        for (int i = 0; i < oldCapacity; i++)
        {
            if (old[i].Type != null)
                Remember(old[i].Type, old[i].Method, old[i].Code);
        }
        ManagedHeap.FreeNative(old);
    }

    private static int Slot(MethodTable* type, GenericMethodHandle* method, int capacity) =>
        (int)((((nuint)type >> 4) ^ ((nuint)method >> 3) * 0x9E3779B1u) & (nuint)(capacity - 1));

    private static void Fail(MethodTable* type, GenericMethodHandle* method, string problem) =>
        Panic.Fail(string.Concat("generic virtual method call on ", Panic.DescribeType((nuint)type), " to a method of ",
            Panic.DescribeType((nuint)method->DeclaringType), " cannot be resolved: ", problem));
}
