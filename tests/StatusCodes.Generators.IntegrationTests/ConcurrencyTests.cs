using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace StatusCodes.Generators.IntegrationTests;

/// <summary>
/// The generated lookups hold state only in per-thread culture caches and static tables. Many
/// threads and thread-hopping async flows, each changing <see cref="CultureInfo.CurrentUICulture"/>
/// all the time (to equal cultures that are different objects too), must get the answer for their
/// own culture at that moment from every cached member, every time.
/// </summary>
public sealed class ConcurrencyTests
{
    private const int Iterations = 20_000;

    /// <summary>Culture name → the locale it must resolve to.</summary>
    private static readonly (string Culture, StatusLocale Locale)[] Cultures =
    {
        ("en-US", StatusLocale.EnUS), ("en-GB", StatusLocale.EnUS), ("zh-CN", StatusLocale.ZhCN), ("zh-SG", StatusLocale.ZhCN),
        ("zh-Hans", StatusLocale.ZhCN), ("zh-TW", StatusLocale.ZhTW), ("zh-HK", StatusLocale.ZhTW), ("zh-Hant-TW", StatusLocale.ZhTW),
        ("fr-FR", StatusLocale.EnUS), ("tr-TR", StatusLocale.EnUS), (string.Empty, StatusLocale.EnUS),
    };

    private static readonly HttpStatus[] Statuses = HttpStatusExtensions.GetValues().ToArray();

    [Fact]
    public void Threads_changing_culture_all_the_time_always_get_their_own_culture_s_texts()
    {
        var expected = Expected();
        var failures = new ConcurrentQueue<string>();
        var threads = new Thread[Math.Max(4, Environment.ProcessorCount * 2)];
        using var start = new Barrier(threads.Length);
        for (var t = 0; t < threads.Length; t++)
        {
            var random = new Random(t);
            threads[t] = new Thread(() =>
            {
                start.SignalAndWait();
                for (var i = 0; i < Iterations && failures.Count < 10; i++)
                {
                    Check(random, expected, failures);
                }
            });
            threads[t].Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        Assert.True(failures.IsEmpty, string.Join("\n", failures));
    }

    [Fact]
    public async Task Async_flows_that_hop_threads_keep_their_culture_s_answers()
    {
        // The culture flows with the async flow, the cache stays with the thread: a continuation on a
        // thread whose cache holds another flow's culture must not get that flow's answer.
        var expected = Expected();
        var failures = new ConcurrentQueue<string>();
        var flows = Enumerable.Range(0, 16).Select(f => Task.Run(async () =>
        {
            var random = new Random(100 + f);
            for (var i = 0; i < Iterations / 10 && failures.Count < 10; i++)
            {
                Check(random, expected, failures);
                await Task.Yield();
                Check(random, expected, failures, keepCulture: true);
            }
        }));

        await Task.WhenAll(flows);

        Assert.True(failures.IsEmpty, string.Join("\n", failures));
    }

    /// <summary>Answers computed on one thread with explicit locales, before any thread races.</summary>
    private static Dictionary<StatusLocale, (string[] Titles, string[] Descriptions, string PingTitle)> Expected()
        => Cultures.Select(c => c.Locale).Distinct().ToDictionary(
            locale => locale,
            locale => (
                Statuses.Select(s => s.GetTitle(locale)).ToArray(),
                Statuses.Select(s => s.GetDescription(locale)).ToArray(),
                SiteMonitorCodes.TryGetTitle("PING", 610, locale, out var title) ? title : throw new InvalidOperationException("PING 610 is missing")));

    private static void Check(Random random, Dictionary<StatusLocale, (string[] Titles, string[] Descriptions, string PingTitle)> expected, ConcurrentQueue<string> failures, bool keepCulture = false)
    {
        if (!keepCulture)
        {
            var (name, _) = Cultures[random.Next(Cultures.Length)];

            // Half the time an equal culture that is a new object, so that the cache cannot rely on identity alone.
            CultureInfo.CurrentUICulture = random.Next(2) == 0 ? CultureInfo.GetCultureInfo(name) : new CultureInfo(name);
        }

        var culture = CultureInfo.CurrentUICulture;
        var locale = Cultures.Single(c => c.Culture == culture.Name).Locale;
        var index = random.Next(Statuses.Length);
        var status = Statuses[index];
        var answers = expected[locale];

        void Expect<T>(T want, T got, string what)
        {
            if (!EqualityComparer<T>.Default.Equals(want, got))
            {
                failures.Enqueue($"{what} in '{culture.Name}' on thread {Environment.CurrentManagedThreadId}: expected {want}, got {got}");
            }
        }

        Expect(locale, StatusLocales.Current, "StatusLocales.Current");
        Expect(locale, StatusLocales.FromCulture(null), "FromCulture(null)");
        Expect(locale, StatusLocales.FromCulture(culture), "FromCulture(culture)");
        Expect(answers.Titles[index], status.GetTitle(), status + ".GetTitle()");
        Expect(answers.Descriptions[index], status.GetDescription(), status + ".GetDescription()");
        Expect(answers.Titles[index], status.GetTitle(culture), status + ".GetTitle(culture)");
        Expect(answers.Titles[index], Encoding.UTF8.GetString(status.GetTitleUtf8()), status + ".GetTitleUtf8()");
        Expect(answers.PingTitle, SiteMonitorCodes.TryGetTitle("ping", 610, StatusLocales.Current, out var ping) ? ping : null, "SiteMonitorCodes PING 610");
        Expect(status.ToStringFast(), HttpStatusExtensions.GetNames()[index], "GetNames()[" + index + "]");
        Expect(true, HttpStatusExtensions.TryParse(status.ToStringFast(), out var parsed) && parsed == status, "TryParse(" + status.ToStringFast() + ")");
    }
}
