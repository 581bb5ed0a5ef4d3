// KernelLayerRow: one row of the layer table in docs/kernel-layout.md as KernelLayerTable
// reads it: a top-level kernel folder, its layer, and whether the folders of that layer
// may import each other (mutual) or not. KernelLayoutCheck compares imports against it.
namespace RalphOS.Kernel.Tests;

internal sealed record KernelLayerRow(string Folder, int Layer, bool Mutual);
