// ModuleTablesScope: the module's type loader tables (ModuleTables, static) as one test
// sets them, cleared again when it ends, with the ArrayTypes stand-in's answers. Tests
// that use it belong to the "ModuleTables" collection (ModuleTablesCollection), so no two
// of them run at once.
using System;
using Internal.Runtime.TypeLoader;

namespace RalphOS.Plugs.Tests.TypeLoader;

internal sealed unsafe class ModuleTablesScope : IDisposable
{
    public const string Collection = "ModuleTables";

    // Section ids of the ReadyToRun header (300 + the ReflectionMapBlob number).
    public const int NativeReferencesSection = 331;
    public const int GenericTypesHashtableSection = 332;

    public void Record(int section, byte* start, byte* end) => ModuleTables.Record(section, start, end);

    public void Record(int section, nint start, nint end) => ModuleTables.Record(section, (byte*)start, (byte*)end);

    public void Dispose()
    {
        ModuleTables.ArrayTypeMap = default;
        ModuleTables.GenericVirtualMethodTable = default;
        ModuleTables.InterfaceGenericVirtualMethodTable = default;
        ModuleTables.GenericMethodTemplateMap = default;
        ModuleTables.NativeLayoutInfo = default;
        ModuleTables.ExactMethodInstantiations = default;
        ModuleTables.GenericTypesHashtable = default;
        ModuleTables.CommonFixups = default;
        ModuleTables.NativeReferences = default;
        ArrayTypes.Answer = null;
    }
}
