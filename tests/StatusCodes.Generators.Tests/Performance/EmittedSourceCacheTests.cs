using System;
using StatusCodes.Generators.Emitting;
using StatusCodes.Generators.Tests.Generator;
using StatusCodes.Generators.Tests.Infrastructure;
using Xunit;

namespace StatusCodes.Generators.Tests.Performance;

/// <summary>
/// The process-wide cache of emitted texts: an equal model gets the text without emitting, anything
/// else is emitted. Each test uses models of its own (a fresh Guid), so tests running beside it
/// cannot hit or evict its entries by accident.
/// </summary>
public sealed class EmittedSourceCacheTests
{
    private sealed record Model(Guid Id, string Name);

    private sealed record OtherModel(Guid Id, string Name);

    [Fact]
    public void An_equal_model_gets_the_cached_text_without_emitting()
    {
        var id = Guid.NewGuid();
        var emitted = 0;
        string Emit()
        {
            emitted++;
            return "text " + emitted;
        }

        var first = EmittedSourceCache.GetOrEmit("A.g.cs", new Model(id, "a"), Emit);
        var second = EmittedSourceCache.GetOrEmit("A.g.cs", new Model(id, "a"), Emit);

        Assert.Equal(1, emitted);
        Assert.Equal("text 1", first);
        Assert.Same(first, second);
    }

    [Fact]
    public void Another_model_hint_name_or_model_type_is_emitted_again()
    {
        var id = Guid.NewGuid();
        var emitted = 0;
        string Emit() => "text " + ++emitted;

        EmittedSourceCache.GetOrEmit("A.g.cs", new Model(id, "a"), Emit);
        var otherValue = EmittedSourceCache.GetOrEmit("A.g.cs", new Model(id, "b"), Emit);
        var otherHint = EmittedSourceCache.GetOrEmit("B.g.cs", new Model(id, "a"), Emit);
        var otherType = EmittedSourceCache.GetOrEmit("A.g.cs", new OtherModel(id, "a"), Emit);

        Assert.Equal(4, emitted);
        Assert.Equal(new[] { "text 2", "text 3", "text 4" }, new[] { otherValue, otherHint, otherType });
    }

    [Fact]
    public void A_failing_emitter_caches_nothing()
    {
        var model = new Model(Guid.NewGuid(), "a");

        Assert.Throws<InvalidOperationException>(() => EmittedSourceCache.GetOrEmit("A.g.cs", model, () => throw new InvalidOperationException()));
        Assert.Equal("ok", EmittedSourceCache.GetOrEmit("A.g.cs", model, () => "ok"));
    }

    [Fact]
    public void A_text_larger_than_the_budget_is_never_kept()
    {
        var model = new Model(Guid.NewGuid(), "huge");
        var emitted = 0;
        string Emit()
        {
            emitted++;
            return new string('x', (int)EmittedSourceCache.MaxCharacters + 1);
        }

        EmittedSourceCache.GetOrEmit("Huge.g.cs", model, Emit);
        EmittedSourceCache.GetOrEmit("Huge.g.cs", model, Emit);

        Assert.Equal(2, emitted);
    }

    [Fact]
    public void A_new_driver_on_the_same_definitions_generates_the_same_files_from_the_cache()
    {
        // The compiler server's rebuild: a new driver and compilation, equal models. The first run
        // may itself be served from the cache (other tests use the built-in files too); what must
        // hold is that every run gives the same, warning-free files.
        var first = GeneratorRunner.Run(TestDefinitions.BuiltIn);
        var second = GeneratorRunner.Run(TestDefinitions.BuiltIn);

        first.AssertSameFiles(second);
        Assert.Empty(second.CompilationProblems);
        Assert.True(EmittedSourceCache.Count > 0);
    }
}
