namespace StatusCodes.Generators.Emitting;

/// <summary>What the consumer's compilation offers the generated code.</summary>
/// <param name="HasSpan">Whether <c>System.ReadOnlySpan&lt;T&gt;</c> and <c>System.MemoryExtensions</c> exist, for the span overloads.</param>
/// <param name="HasUtf8Literals">Whether the span types exist and the language version has <c>"…"u8</c> literals (C# 11): the set's texts are then stored once, as UTF-8 data.</param>
/// <param name="HasStaticExtensions">Whether the language version has <c>extension(T)</c> blocks (C# 14), which let an older name read as a static member of the enum.</param>
internal sealed record EmitFeatures(bool HasSpan, bool HasStaticExtensions = false, bool HasUtf8Literals = false);
