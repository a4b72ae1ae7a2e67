namespace StatusCodes.Generators.Emitting;

/// <summary>What the consumer's compilation offers the generated code.</summary>
/// <param name="HasSpan">Whether <c>System.ReadOnlySpan&lt;T&gt;</c> and <c>System.MemoryExtensions</c> exist, for the span overloads.</param>
internal sealed record EmitFeatures(bool HasSpan);
