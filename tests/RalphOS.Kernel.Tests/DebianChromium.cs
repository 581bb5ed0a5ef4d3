// DebianChromium: Playwright (Microsoft.Playwright) driving the distribution's chromium,
// /usr/bin/chromium, which ./run.sh setup installs, headless, with the flags that keep it
// from reaching out to the internet; Playwright's own browser download is never needed.
// TodoAppTests opens the TODO app's page with it.
using System.IO;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace RalphOS.Kernel.Tests;

internal static class DebianChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";
    // Bounded, but roomy: two cores shared by several QEMUs can make a browser start slowly.
    private const float LaunchTimeoutMs = 90_000;

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        Assert.True(File.Exists(ExecutablePath), $"{ExecutablePath} is missing: run ./run.sh setup");
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Timeout = LaunchTimeoutMs,
            Args = new[] { "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                           "--disable-component-update", "--disable-sync" },
        });
    }
}
