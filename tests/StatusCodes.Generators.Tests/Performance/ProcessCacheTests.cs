using System;
using System.Linq;
using StatusCodes.Generators.Caching;
using StatusCodes.Generators.Tests.Generator;
using StatusCodes.Generators.Tests.Infrastructure;
using Xunit;

namespace StatusCodes.Generators.Tests.Performance;

/// <summary>
/// <see cref="ProcessCache{TKey, TValue}"/> keeps results across generator drivers: an equal key gets
/// the kept value without the work, and the weight bound holds. The cache tests use caches of their
/// own; the generator tests check that the process-wide caches never change what is generated.
/// </summary>
public sealed class ProcessCacheTests
{
    private sealed record Model(string Name);

    private sealed record OtherModel(string Name);

    private static ProcessCache<(string HintName, object Model), string> NewCache(long capacity = 100)
        => new(capacity, static (_, text) => text.Length);

    [Fact]
    public void An_equal_key_gets_the_kept_value_without_the_work()
    {
        var cache = NewCache();
        var made = 0;

        var first = cache.GetOrAdd(("A.g.cs", new Model("a")), () => "text " + ++made);
        var second = cache.GetOrAdd(("A.g.cs", new Model("a")), () => "text " + ++made);

        Assert.Equal(1, made);
        Assert.Equal("text 1", first);
        Assert.Same(first, second);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void Another_model_hint_name_or_model_type_is_made_again()
    {
        var cache = NewCache();
        var made = 0;
        string Make() => "text " + ++made;

        cache.GetOrAdd(("A.g.cs", new Model("a")), Make);
        var otherValue = cache.GetOrAdd(("A.g.cs", new Model("b")), Make);
        var otherHint = cache.GetOrAdd(("B.g.cs", new Model("a")), Make);
        var otherType = cache.GetOrAdd(("A.g.cs", new OtherModel("a")), Make);

        Assert.Equal(new[] { "text 2", "text 3", "text 4" }, new[] { otherValue, otherHint, otherType });
        Assert.Equal(4, cache.Count);
    }

    [Fact]
    public void A_failing_computation_keeps_nothing()
    {
        var cache = NewCache();

        Assert.Throws<InvalidOperationException>(() => cache.GetOrAdd(("A.g.cs", new Model("a")), () => throw new InvalidOperationException()));
        Assert.Equal(0, cache.Count);
        Assert.Equal("ok", cache.GetOrAdd(("A.g.cs", new Model("a")), () => "ok"));
    }

    [Fact]
    public void A_value_heavier_than_the_capacity_is_returned_but_never_kept()
    {
        var cache = NewCache(capacity: 10);
        var made = 0;
        string Make()
        {
            made++;
            return new string('x', 11);
        }

        Assert.Equal(11, cache.GetOrAdd(("Huge.g.cs", new Model("huge")), Make).Length);
        cache.GetOrAdd(("Huge.g.cs", new Model("huge")), Make);

        Assert.Equal(2, made);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void The_entry_that_would_pass_the_capacity_empties_the_cache_first()
    {
        var cache = NewCache(capacity: 10);

        cache.GetOrAdd(("A.g.cs", new Model("a")), () => "aaaa");
        cache.GetOrAdd(("B.g.cs", new Model("b")), () => "bbbb");
        Assert.Equal(2, cache.Count);

        cache.GetOrAdd(("C.g.cs", new Model("c")), () => "cccc");

        Assert.Equal(1, cache.Count);
        Assert.Equal("cccc", cache.GetOrAdd(("C.g.cs", new Model("c")), () => "made again"));
        Assert.Equal("made again", cache.GetOrAdd(("A.g.cs", new Model("a")), () => "made again"));
    }

    [Fact]
    public void New_drivers_generate_the_same_files_with_the_caches_full_or_empty()
    {
        // The compiler server's rebuild is a new driver and compilation with equal inputs; the first
        // of these runs may itself be served from the caches (other tests use the built-in files).
        var first = GeneratorRunner.Run(TestDefinitions.BuiltIn);
        var fromCaches = GeneratorRunner.Run(TestDefinitions.BuiltIn);
        GeneratorCaches.Clear();
        var fromScratch = GeneratorRunner.Run(TestDefinitions.BuiltIn);

        first.AssertSameFiles(fromCaches);
        first.AssertSameFiles(fromScratch);
        Assert.Empty(fromCaches.CompilationProblems);
        Assert.True(GeneratorCaches.ParseResults.Count > 0 && GeneratorCaches.Catalogs.Count > 0 && GeneratorCaches.Texts.Count > 0);
    }

    [Fact]
    public void An_edited_file_is_parsed_again_and_reported_at_its_own_path()
    {
        var text = TestPaths.ReadDefinition("http.codes.yaml");
        var good = GeneratorRunner.Run(new[] { ("/project/http.codes.yaml", text) });
        var broken = GeneratorRunner.Run(new[] { ("/project/http.codes.yaml", text.Replace("code: 404", "code: 200", StringComparison.Ordinal)) });
        var elsewhere = GeneratorRunner.Run(new[] { ("/other/http.codes.yaml", text.Replace("code: 404", "code: 200", StringComparison.Ordinal)) });

        Assert.Empty(good.Diagnostics);
        var duplicate = Assert.Single(broken.Diagnostics, d => d.Id == "SCG0102");
        Assert.Equal("/project/http.codes.yaml", duplicate.Location.GetLineSpan().Path);
        Assert.Equal("/other/http.codes.yaml", Assert.Single(elsewhere.Diagnostics, d => d.Id == "SCG0102").Location.GetLineSpan().Path);
        Assert.Equal(broken.Diagnostics.Select(d => d.Location.GetLineSpan().StartLinePosition), elsewhere.Diagnostics.Select(d => d.Location.GetLineSpan().StartLinePosition));
    }
}
