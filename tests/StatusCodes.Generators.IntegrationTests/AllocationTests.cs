using System;
using System.Globalization;
using Contoso.Payments;
using Xunit;

namespace StatusCodes.Generators.IntegrationTests;

/// <summary>
/// The lookups allocate nothing once warm. Allocation counts are exact per thread, so this is a
/// deterministic check, not a timing test.
/// </summary>
public sealed class AllocationTests
{
    [Fact]
    public void Lookups_allocate_nothing()
    {
        var zhHk = CultureInfo.GetCultureInfo("zh-HK");
        var fr = CultureInfo.GetCultureInfo("fr-FR");
        var codes = new[] { 100, 200, 404, 413, 470, 503, 599, 799 };
        var total = 0;
        void Run()
        {
            foreach (var code in codes)
            {
                var status = (HttpStatus)code;
                total += status.GetTitle(StatusLocale.ZhTW).Length + status.GetDescription(StatusLocale.ZhCN).Length + status.GetReasonPhrase().Length;
                total += status.GetTitle(zhHk).Length + status.GetTitle(fr).Length;
                total += HttpStatusExtensions.IsDefined(code) ? 1 : 0;
                total += status.IsDefined() ? 1 : 0;
                total += (int)status.GetCategory();
                if (status.IsDefined())
                {
                    total += status.ToStringFast().Length;
                }

                total += SiteMonitorCodes.TryGetTitle("ping", 610, StatusLocale.ZhTW, out var title) ? title.Length : 0;
                total += SiteMonitorCodes.TryGetDescription("HTTP".AsSpan(), code, StatusLocale.EnUS, out var description) ? description.Length : 0;
            }

            total += HttpStatusExtensions.TryParse("RequestEntityTooLarge", out var parsed) ? (int)parsed : 0;
            total += HttpStatusExtensions.TryParse(" 404 ".AsSpan(), out parsed) ? (int)parsed : 0;
            total += HttpStatusExtensions.GetValues().Count + HttpStatusExtensions.GetNames().Count;
            foreach (var value in HttpStatusExtensions.GetValues())
            {
                total += (int)value;
                total += value.IsHeuristicallyCacheable() ? 1 : 0;
            }

            foreach (var value in HttpStatusExtensions.GetWithoutContentValues())
            {
                total += (int)value;
            }

            foreach (var name in PaymentStatusExtensions.GetNames())
            {
                total += name.Length;
            }
            total += (int)StatusLocales.Current + (int)StatusLocales.FromCulture(zhHk);
            total += StatusLocales.TryParse("zh-TW".AsSpan(), out var locale) ? (int)locale : 0;
        }

        Run();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++)
        {
            Run();
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.NotEqual(0, total);
    }
}
