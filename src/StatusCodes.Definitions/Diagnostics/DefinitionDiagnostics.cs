// A new ID here also needs (docs/architecture.md, "Adding a diagnostic"):
// - an entry in All, below;
// - a row in src/StatusCodes.Generators/AnalyzerReleases.Unshipped.md (ReleaseTrackingTests);
// - a row, an <a id> anchor and a "## SCGxxxx: Title" section in docs/diagnostics.md
//   (DiagnosticDocumentationTests);
// - a test of its exact message and location in tests/StatusCodes.Generators.Tests.
// The 04xx usage rules are in src/StatusCodes.Generators/Analyzers/UsageDiagnostics.cs.
namespace StatusCodes.Definitions.Diagnostics;

/// <summary>The findings about definition files and the project's configuration.</summary>
public static class DefinitionDiagnostics
{
    private const string Yaml = "StatusCodes.Yaml";
    private const string Definitions = "StatusCodes.Definitions";
    private const string Locales = "StatusCodes.Locales";
    private const string Configuration = "StatusCodes.Configuration";

    // 00xx: the YAML file itself.
    public static readonly DiagnosticDescriptorInfo MalformedYaml = new(
        "SCG0001", "Malformed YAML",
        "The definition file is not valid YAML: {0}. Fix the syntax at this position.",
        DefinitionSeverity.Error, Yaml);

    public static readonly DiagnosticDescriptorInfo UnknownKey = new(
        "SCG0002", "Unknown key",
        "Unknown key '{0}' in {1}.{2} Remove it or correct its spelling.",
        DefinitionSeverity.Error, Yaml);

    public static readonly DiagnosticDescriptorInfo MissingKey = new(
        "SCG0003", "Missing required key",
        "{0} is missing the required key '{1}'. Add it.",
        DefinitionSeverity.Error, Yaml);

    public static readonly DiagnosticDescriptorInfo WrongValueType = new(
        "SCG0004", "Wrong value type",
        "The value of '{0}' must be {1}, but it is {2}.",
        DefinitionSeverity.Error, Yaml);

    public static readonly DiagnosticDescriptorInfo UnsupportedYaml = new(
        "SCG0005", "Unsupported YAML feature",
        "{0} are not supported in definition files: {1}.",
        DefinitionSeverity.Error, Yaml);

    public static readonly DiagnosticDescriptorInfo DuplicateKey = new(
        "SCG0006", "Duplicate key",
        "The key '{0}' appears more than once in this mapping. Keep only one.",
        DefinitionSeverity.Error, Yaml);

    public static readonly DiagnosticDescriptorInfo LimitExceeded = new(
        "SCG0007", "Definition limit exceeded",
        "{0} exceeds the limit of {1}. Split the definitions, or raise the limit with the MSBuild property {2}.",
        DefinitionSeverity.Error, Yaml);

    public static readonly DiagnosticDescriptorInfo EmptyDefinitionFile = new(
        "SCG0008", "Definition file declares no sets",
        "The definition file declares no sets, so nothing is generated from it. Add a 'sets' list or remove the file.",
        DefinitionSeverity.Warning, Yaml);

    public static readonly DiagnosticDescriptorInfo NotUtf8 = new(
        "SCG0009", "Definition file is not UTF-8",
        "The file is not UTF-8: {0}. Nothing is generated from it. {1}",
        DefinitionSeverity.Error, Yaml);

    public static readonly DiagnosticDescriptorInfo LookAlikeSyntax = new(
        "SCG0010", "Look-alike character in YAML syntax",
        "{0} stands {1}, where YAML needs {2}, so the line does not mean what it shows. Replace it with {3}; characters inside texts can stay as they are.",
        DefinitionSeverity.Error, Yaml);

    public static readonly DiagnosticDescriptorInfo NonAsciiDigits = new(
        "SCG0011", "Number with non-ASCII digits",
        "The value of '{0}' is written with {1}; YAML reads only the ASCII digits 0 to 9 as a number, so '{2}' is text to it. Write {3}.",
        DefinitionSeverity.Error, Yaml);

    // 01xx: the definitions.
    public static readonly DiagnosticDescriptorInfo InvalidIdentifier = new(
        "SCG0101", "Invalid C# identifier",
        "'{0}' is not a valid C# identifier for {1}. Use a name such as '{2}'.",
        DefinitionSeverity.Error, Definitions);

    public static readonly DiagnosticDescriptorInfo DuplicateCode = new(
        "SCG0102", "Duplicate code",
        "Code {0} is defined more than once in set '{1}' (first as '{2}'). Each code may appear only once; use 'aliases' for extra names.",
        DefinitionSeverity.Error, Definitions);

    public static readonly DiagnosticDescriptorInfo DuplicateName = new(
        "SCG0103", "Duplicate name",
        "The name '{0}' is used more than once in set '{1}'. Names must be unique within a set.",
        DefinitionSeverity.Error, Definitions);

    public static readonly DiagnosticDescriptorInfo DuplicateSet = new(
        "SCG0104", "Duplicate set name",
        "A set named '{0}' is already defined in namespace '{1}' by '{2}'. Rename one of the sets.",
        DefinitionSeverity.Error, Definitions);

    public static readonly DiagnosticDescriptorInfo AliasClash = new(
        "SCG0105", "Alias clashes with a name",
        "The alias '{0}' of '{1}' is already the name of code {2} in set '{3}'. Choose another alias.",
        DefinitionSeverity.Error, Definitions);

    public static readonly DiagnosticDescriptorInfo CodeOutOfRange = new(
        "SCG0106", "Code outside int",
        "The code {0} is outside the range of a 32-bit integer (-2147483648 to 2147483647). Use a smaller code.",
        DefinitionSeverity.Error, Definitions);

    public static readonly DiagnosticDescriptorInfo InvalidCategoryRange = new(
        "SCG0107", "Invalid category range",
        "Category '{0}' starts at {1}, after its end {2}. Swap 'from' and 'to'.",
        DefinitionSeverity.Error, Definitions);

    public static readonly DiagnosticDescriptorInfo OverlappingCategories = new(
        "SCG0108", "Overlapping categories",
        "Category '{0}' ({1} to {2}) overlaps category '{3}' ({4} to {5}). Category ranges must not overlap.",
        DefinitionSeverity.Error, Definitions);

    public static readonly DiagnosticDescriptorInfo ReservedName = new(
        "SCG0109", "Reserved name",
        "'{0}' is reserved for {1}. Choose another name.",
        DefinitionSeverity.Error, Definitions);

    public static readonly DiagnosticDescriptorInfo InvalidReasonPhrase = new(
        "SCG0110", "Invalid reason phrase",
        "The reason phrase of '{0}' must be printable ASCII (characters 0x20 to 0x7E) without leading or trailing spaces. Write it in plain ASCII.",
        DefinitionSeverity.Error, Definitions);

    public static readonly DiagnosticDescriptorInfo UnknownFallbackSet = new(
        "SCG0111", "Unknown fallback set",
        "Set '{0}' falls back to '{1}', but no set of that name is defined. Name an existing set or remove 'fallback'.",
        DefinitionSeverity.Error, Definitions);

    public static readonly DiagnosticDescriptorInfo DuplicateGroupKey = new(
        "SCG0112", "Duplicate group key",
        "The key '{0}' is used by more than one set of group '{1}' (also by '{2}'). Keys must be unique within a group.",
        DefinitionSeverity.Error, Definitions);

    public static readonly DiagnosticDescriptorInfo GroupOnlyKey = new(
        "SCG0113", "Key has effect only in a group",
        "'{0}' has an effect only in a file with a 'group'. Add a 'group' to the file or remove '{0}'.",
        DefinitionSeverity.Warning, Definitions);

    public static readonly DiagnosticDescriptorInfo InvalidReference = new(
        "SCG0114", "Invalid reference link",
        "The reference '{0}' is not an absolute http or https URL. Use a full link such as 'https://www.rfc-editor.org/rfc/rfc9110#section-15'.",
        DefinitionSeverity.Error, Definitions);

    public static readonly DiagnosticDescriptorInfo InvalidNamespace = new(
        "SCG0115", "Invalid namespace",
        "'{0}' is not a valid C# namespace. Use dotted identifiers such as 'Contoso.Payments'.",
        DefinitionSeverity.Error, Definitions);

    public static readonly DiagnosticDescriptorInfo EmptySet = new(
        "SCG0116", "Set has no codes",
        "Set '{0}' has no codes. Add codes or remove the set.",
        DefinitionSeverity.Warning, Definitions);

    public static readonly DiagnosticDescriptorInfo InvalidText = new(
        "SCG0117", "Invalid character in text",
        "The {0} text contains {1}, which cannot be represented in generated code. Remove it.",
        DefinitionSeverity.Error, Definitions);

    public static readonly DiagnosticDescriptorInfo ConversionTypeNotFound = new(
        "SCG0120", "Conversion type not found",
        "'{0}' in 'convertible-to' of set '{1}' is not a type this project can see, so no conversions to it are generated. Write its full name, such as 'System.Net.HttpStatusCode', and reference the assembly that defines it.",
        DefinitionSeverity.Warning, Definitions);

    public static readonly DiagnosticDescriptorInfo ConversionTypeNotSupported = new(
        "SCG0121", "Conversion type is not a supported enum",
        "'{0}' in 'convertible-to' of set '{1}' is {2}, but conversions need an enum based on int or long. Remove it from 'convertible-to'.",
        DefinitionSeverity.Error, Definitions);

    public static readonly DiagnosticDescriptorInfo InvalidTypeName = new(
        "SCG0122", "Invalid type name",
        "'{0}' is not a C# type name for 'convertible-to'. Write the full dotted name of an enum, such as 'System.Net.HttpStatusCode'.",
        DefinitionSeverity.Error, Definitions);

    public static readonly DiagnosticDescriptorInfo DuplicateConversion = new(
        "SCG0123", "Duplicate conversion",
        "'{0}' in 'convertible-to' of set '{1}' would generate the same methods (To{2}, From{2}) as '{3}'. List each type once, and no two types with the same simple name.",
        DefinitionSeverity.Error, Definitions);

    public static readonly DiagnosticDescriptorInfo HiddenCharacterInName = new(
        "SCG0124", "Invisible or look-alike character in a name",
        "The {0} '{1}' contains {2}, {3}. Write it as '{4}'.",
        DefinitionSeverity.Error, Definitions);

    public static readonly DiagnosticDescriptorInfo BidiControlInText = new(
        "SCG0125", "Bidirectional control in a text",
        "The {0} text contains {1}, which changes the order in which the text is shown, so it can show something other than what it holds. Remove it unless the text needs it.",
        DefinitionSeverity.Warning, Definitions);

    public static readonly DiagnosticDescriptorInfo UnknownExtendedSet = new(
        "SCG0126", "Unknown set to extend",
        "'extend' names the set '{0}', but no set of that name is generated. Name a set of the project or a built-in set that StatusCodesBuiltInSets selects.",
        DefinitionSeverity.Error, Definitions);

    public static readonly DiagnosticDescriptorInfo ExtensionRenamesCode = new(
        "SCG0127", "Extended code has another name",
        "Code {0} already exists in set '{1}' as '{2}', so this extension cannot name it '{3}'. Write 'name: {2}', or leave 'name' out to add texts only.",
        DefinitionSeverity.Error, Definitions);

    public static readonly DiagnosticDescriptorInfo ExtensionReusesName = new(
        "SCG0128", "Extension name taken",
        "The name '{0}' already belongs to code {1} of set '{2}'. Choose another name for code {3}.",
        DefinitionSeverity.Error, Definitions);

    public static readonly DiagnosticDescriptorInfo CodeAddedTwice = new(
        "SCG0129", "Code added by two extensions",
        "Code {0} is added to set '{1}' by '{2}' already. Add each code in one extension only, or leave 'name' out here to add texts only.",
        DefinitionSeverity.Error, Definitions);

    public static readonly DiagnosticDescriptorInfo ExtensionReplacesText = new(
        "SCG0130", "Extension replaces a text",
        "The {0} of code {1} in set '{2}' in locale '{3}' from '{4}' is replaced by the text from '{5}'.",
        DefinitionSeverity.Info, Definitions);

    public static readonly DiagnosticDescriptorInfo UnknownTag = new(
        "SCG0132", "Unknown tag",
        "The tag '{0}' is not declared in set '{1}' ({2}). Declare it under the set's 'tags' or correct its spelling.",
        DefinitionSeverity.Error, Definitions);

    public static readonly DiagnosticDescriptorInfo TagNameTaken = new(
        "SCG0133", "Tag name taken",
        "The tag '{0}' of set '{1}' would generate Is{0}(), which a category or IsDefined() already generates. Choose another tag name.",
        DefinitionSeverity.Error, Definitions);

    public static readonly DiagnosticDescriptorInfo ExtensionChangesCode = new(
        "SCG0131", "Extension changes an existing code",
        "Code {0} already exists in set '{1}', and an extension adds only 'title' and 'description' to it. Remove 'reason', 'aliases', 'deprecated' and 'reference' from this entry.",
        DefinitionSeverity.Error, Definitions);

    // 014x: the project's choice of locales (StatusCodesLocales).
    public static readonly DiagnosticDescriptorInfo UnknownSelectedLocale = new(
        "SCG0140", "Unknown locale in StatusCodesLocales",
        "StatusCodesLocales names '{0}', which no definition file of this project provides; it is ignored{1}. Use names from: {2}.",
        DefinitionSeverity.Warning, Locales);

    // 02xx: locales and texts.
    public static readonly DiagnosticDescriptorInfo InvalidLocale = new(
        "SCG0201", "Unknown or malformed locale",
        "'{0}' is not a known locale name{1}. Use a culture name such as 'en-US', 'zh-CN' or 'zh-TW'.",
        DefinitionSeverity.Error, Locales);

    public static readonly DiagnosticDescriptorInfo UndeclaredLocale = new(
        "SCG0202", "Text in an undeclared locale",
        "Text in locale '{0}', which the file does not declare (it declares {1}). Add '{0}' to 'locales' or remove the text.",
        DefinitionSeverity.Error, Locales);

    public static readonly DiagnosticDescriptorInfo MissingTranslation = new(
        "SCG0203", "Missing translation",
        "The {0} has no text in locale '{1}'; the '{2}' text is used instead. Add a '{1}' entry.",
        DefinitionSeverity.Warning, Locales);

    public static readonly DiagnosticDescriptorInfo EmptyText = new(
        "SCG0204", "Empty text",
        "The {0} text in locale '{1}' is empty. Write the text, or remove the entry to use the fallback.",
        DefinitionSeverity.Error, Locales);

    public static readonly DiagnosticDescriptorInfo DuplicateLocale = new(
        "SCG0205", "Duplicate locale",
        "The locale '{0}' is listed more than once. List each locale once.",
        DefinitionSeverity.Error, Locales);

    public static readonly DiagnosticDescriptorInfo UnknownDefaultLocale = new(
        "SCG0206", "Unknown default locale",
        "StatusCodesDefaultLocale is '{0}', but no definition file declares that locale (declared: {1}). '{2}' is used instead.",
        DefinitionSeverity.Warning, Locales);

    // 03xx: the project's configuration.
    public static readonly DiagnosticDescriptorInfo LanguageVersionTooLow = new(
        "SCG0301", "C# version too old",
        "StatusCodes.Generators emits C# 8 code, but this project compiles as C# {0}. Set <LangVersion>8.0</LangVersion> or later in the project file.",
        DefinitionSeverity.Error, Configuration);

    public static readonly DiagnosticDescriptorInfo InvalidOption = new(
        "SCG0302", "Invalid MSBuild property",
        "The MSBuild property {0} has the invalid value '{1}'. {2}",
        DefinitionSeverity.Error, Configuration);

    public static readonly DiagnosticDescriptorInfo InternalError = new(
        "SCG0303", "Generator failed",
        "StatusCodes.Generators could not process '{0}': {1}. Nothing was generated from it; please report this with the file.",
        DefinitionSeverity.Error, Configuration);

    public static readonly DiagnosticDescriptorInfo BuiltInSetReplaced = new(
        "SCG0304", "Built-in set replaced",
        "Set '{0}' replaces the built-in set of the same name in namespace '{1}'. To keep both, rename this set or give its file another namespace.",
        DefinitionSeverity.Info, Configuration);

    public static readonly DiagnosticDescriptorInfo UnknownBuiltInSet = new(
        "SCG0305", "Unknown built-in set",
        "StatusCodesBuiltInSets names '{0}', which is not a built-in set; it is ignored. Use 'all', 'none', or names from: {1}.",
        DefinitionSeverity.Warning, Configuration);

    public static readonly DiagnosticDescriptorInfo SetsFromReference = new(
        "SCG0306", "Sets from a referenced assembly",
        "The sets {0} come from the referenced assembly '{1}' (namespace {2}); this project generates no copy of them{3}. To generate its own copy, set StatusCodesOwnCopy to true.",
        DefinitionSeverity.Info, Configuration);

    public static readonly DiagnosticDescriptorInfo ReferencedSetsNotUsed = new(
        "SCG0307", "Referenced sets not used",
        "The referenced assembly '{0}' provides public status-code sets, but this project generates its own copy: {1}. {2}",
        DefinitionSeverity.Info, Configuration);

    /// <summary>Every descriptor above, for documentation and completeness tests.</summary>
    public static readonly DiagnosticDescriptorInfo[] All =
    {
        MalformedYaml, UnknownKey, MissingKey, WrongValueType, UnsupportedYaml, DuplicateKey, LimitExceeded, EmptyDefinitionFile,
        NotUtf8, LookAlikeSyntax, NonAsciiDigits,
        InvalidIdentifier, DuplicateCode, DuplicateName, DuplicateSet, AliasClash, CodeOutOfRange, InvalidCategoryRange,
        OverlappingCategories, ReservedName, InvalidReasonPhrase, UnknownFallbackSet, DuplicateGroupKey, GroupOnlyKey,
        InvalidReference, InvalidNamespace, EmptySet, InvalidText,
        ConversionTypeNotFound, ConversionTypeNotSupported, InvalidTypeName, DuplicateConversion,
        HiddenCharacterInName, BidiControlInText,
        UnknownExtendedSet, ExtensionRenamesCode, ExtensionReusesName, CodeAddedTwice, ExtensionReplacesText, ExtensionChangesCode,
        UnknownTag, TagNameTaken,
        UnknownSelectedLocale,
        InvalidLocale, UndeclaredLocale, MissingTranslation, EmptyText, DuplicateLocale, UnknownDefaultLocale,
        LanguageVersionTooLow, InvalidOption, InternalError, BuiltInSetReplaced, UnknownBuiltInSet, SetsFromReference, ReferencedSetsNotUsed,
    };
}
