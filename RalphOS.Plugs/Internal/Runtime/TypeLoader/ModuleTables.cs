// ModuleTables: where the compiled module's type loader tables are. ModuleInitializer
// reports every section of the ReadyToRun header; this keeps the ones generic virtual
// method calls need, and the two the type and enum names come from (Reflection/). Section ids are 300 + the table's ReflectionMapBlob number
// (dotnet/runtime src/coreclr/nativeaot/Runtime/inc/ModuleHeaders.h, MetadataBlob.h),
// checked against what ILC 10 emits.
namespace Internal.Runtime.TypeLoader;

internal static unsafe class ModuleTables
{
    private const int TypeMapSection = 301;
    private const int ArrayTypeMapSection = 302;
    private const int CommonFixupsSection = 308;
    private const int GenericVirtualMethodTableSection = 318;
    private const int InterfaceGenericVirtualMethodTableSection = 319;
    private const int GenericTypeTemplateMapSection = 321;
    private const int GenericMethodTemplateMapSection = 322;
    private const int NativeLayoutInfoSection = 330;
    private const int NativeReferencesSection = 331;
    private const int GenericTypesHashtableSection = 332;
    private const int NativeStaticsSection = 333;
    private const int StaticsInfoHashtableSection = 334;
    private const int ExactMethodInstantiationsSection = 336;
    private const int EmbeddedMetadataSection = 313;

    public static NativeReader TypeMap;
    public static NativeReader EmbeddedMetadata;
    public static NativeReader ArrayTypeMap;
    public static NativeReader GenericVirtualMethodTable;
    public static NativeReader InterfaceGenericVirtualMethodTable;
    public static NativeReader GenericTypeTemplateMap;
    public static NativeReader GenericMethodTemplateMap;
    public static NativeReader NativeLayoutInfo;
    public static NativeReader ExactMethodInstantiations;
    public static NativeReader GenericTypesHashtable;
    public static NativeReader StaticsInfoHashtable;
    public static ExternalReferences CommonFixups;
    public static ExternalReferences NativeReferences;
    public static ExternalReferences NativeStatics;

    public static void Record(int sectionId, byte* start, byte* end)
    {
        NativeReader reader = new NativeReader(start, start == null ? 0 : (uint)(end - start));
        switch (sectionId)
        {
            case TypeMapSection: TypeMap = reader; break;
            case EmbeddedMetadataSection: EmbeddedMetadata = reader; break;
            case ArrayTypeMapSection: ArrayTypeMap = reader; break;
            case GenericVirtualMethodTableSection: GenericVirtualMethodTable = reader; break;
            case InterfaceGenericVirtualMethodTableSection: InterfaceGenericVirtualMethodTable = reader; break;
            case GenericTypeTemplateMapSection: GenericTypeTemplateMap = reader; break;
            case GenericMethodTemplateMapSection: GenericMethodTemplateMap = reader; break;
            case NativeLayoutInfoSection: NativeLayoutInfo = reader; break;
            case ExactMethodInstantiationsSection: ExactMethodInstantiations = reader; break;
            case GenericTypesHashtableSection: GenericTypesHashtable = reader; break;
            case StaticsInfoHashtableSection: StaticsInfoHashtable = reader; break;
            case NativeStaticsSection: NativeStatics = new ExternalReferences(start, end); break;
            case CommonFixupsSection: CommonFixups = new ExternalReferences(start, end); break;
            case NativeReferencesSection: NativeReferences = new ExternalReferences(start, end); break;
        }
    }
}
