using System.Collections.Generic;
using System.Linq;
using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Definitions.Specs;

namespace StatusCodes.Definitions.Catalog;

/// <summary>
/// Turns a cross-file <see cref="CatalogIssue"/> into a located <see cref="DiagnosticInfo"/>, so that
/// the generator and the command-line tool point at the same place: the set's name, or its
/// <c>key</c> or <c>fallback</c> when the issue is about those, the <c>extend</c> value or a code of
/// an extension, else the start of the file.
/// </summary>
public static class CatalogIssueLocator
{
    /// <param name="sourceMapsOfFile">The source maps of the file the issue names (<see cref="CatalogIssue.Path"/>), or null when unknown.</param>
    public static DiagnosticInfo ToDiagnostic(this CatalogIssue issue, IEnumerable<SetSourceMap>? sourceMapsOfFile)
    {
        SourceLocation? location = null;
        if (issue.Path is not null)
        {
            var isExtension = issue.Part is SetPart.Extend or SetPart.ExtensionCode or SetPart.ExtensionCodeName;
            var set = sourceMapsOfFile?.FirstOrDefault(a => a.Name == issue.SetName && a.IsExtension == isExtension);
            var code = set?.Codes.FirstOrDefault(c => c.Code == issue.Code);
            location = issue.Part switch
            {
                SetPart.ExtensionCode => code?.CodeLocation ?? set?.NameLocation,
                SetPart.ExtensionCodeName => code?.NameLocation ?? code?.CodeLocation ?? set?.NameLocation,
                SetPart.Key => set?.KeyLocation ?? set?.NameLocation,
                SetPart.Fallback => set?.FallbackLocation ?? set?.NameLocation,
                _ => set?.NameLocation,
            } ?? SourceLocation.FileStart(issue.Path);
        }

        return new DiagnosticInfo(issue.Descriptor, location, issue.Arguments);
    }
}
