// ModuleTablesCollection: the xunit collection of tests that set the static ModuleTables
// (through ModuleTablesScope); xunit runs the tests of one collection one at a time.
using Xunit;

namespace RalphOS.Plugs.Tests.TypeLoader;

[CollectionDefinition(ModuleTablesScope.Collection, DisableParallelization = true)]
public class ModuleTablesCollection
{
}
