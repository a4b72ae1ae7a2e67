namespace StatusCodes.Definitions.Schema;

/// <summary>
/// Bounds that keep a hostile or mistaken file from stalling a build. Each can be raised with the
/// MSBuild property named in <see cref="PropertyNames"/>.
/// </summary>
public sealed record DefinitionLimits(int MaxFileLength, int MaxDepth, int MaxCodesPerSet, int MaxTextLength)
{
    /// <summary>4 MiB of text, 32 levels, 50,000 codes per set, 16,384 characters per text.</summary>
    public static readonly DefinitionLimits Default = new(4 * 1024 * 1024, 32, 50_000, 16_384);

    public static class PropertyNames
    {
        public const string MaxFileLength = "StatusCodesMaxFileLength";
        public const string MaxDepth = "StatusCodesMaxDepth";
        public const string MaxCodesPerSet = "StatusCodesMaxCodesPerSet";
        public const string MaxTextLength = "StatusCodesMaxTextLength";
    }
}
