namespace StatusCodes.Generators;

/// <summary>Names of the pipeline steps, so tests can check what each run recomputed.</summary>
internal static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string CompilationFacts = nameof(CompilationFacts);
    public const string Files = nameof(Files);
    public const string Parse = nameof(Parse);
    public const string Specs = nameof(Specs);
    public const string Catalog = nameof(Catalog);
    public const string Locales = nameof(Locales);
    public const string Shared = nameof(Shared);
    public const string Sets = nameof(Sets);
    public const string Groups = nameof(Groups);
    public const string SourceMaps = nameof(SourceMaps);
    public const string ConversionRequests = nameof(ConversionRequests);
    public const string ConversionTargets = nameof(ConversionTargets);
    public const string Interop = nameof(Interop);
    public const string Utf8 = nameof(Utf8);
    public const string References = nameof(References);
    public const string ProblemDetails = nameof(ProblemDetails);
    public const string OpenApi = nameof(OpenApi);
    public const string Json = nameof(Json);
    public const string GrpcMapping = nameof(GrpcMapping);
    public const string OwnFiles = nameof(OwnFiles);
    public const string ReferencedSets = nameof(ReferencedSets);
    public const string Reuse = nameof(Reuse);
    public const string Precompiled = nameof(Precompiled);
    public const string Vouched = nameof(Vouched);
}
