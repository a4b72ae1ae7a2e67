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
    /// <param name="anchorsOfFile">The anchors of the file the issue names (<see cref="CatalogIssue.Path"/>), or null when unknown.</param>
    public static DiagnosticInfo ToDiagnostic(this CatalogIssue issue, IEnumerable<SetAnchor>? anchorsOfFile)
    {
        SourceLocation? location = null;
        if (issue.Path is not null)
        {
            var isExtension = issue.Part is AnchorPart.Extend or AnchorPart.ExtensionCode or AnchorPart.ExtensionCodeName;
            var anchor = anchorsOfFile?.FirstOrDefault(a => a.Name == issue.SetName && a.IsExtension == isExtension);
            var code = anchor?.Codes.FirstOrDefault(c => c.Code == issue.Code);
            location = issue.Part switch
            {
                AnchorPart.ExtensionCode => code?.CodeLocation ?? anchor?.NameLocation,
                AnchorPart.ExtensionCodeName => code?.NameLocation ?? code?.CodeLocation ?? anchor?.NameLocation,
                AnchorPart.Key => anchor?.KeyLocation ?? anchor?.NameLocation,
                AnchorPart.Fallback => anchor?.FallbackLocation ?? anchor?.NameLocation,
                _ => anchor?.NameLocation,
            } ?? SourceLocation.FileStart(issue.Path);
        }

        return new DiagnosticInfo(issue.Descriptor, location, issue.Arguments);
    }
}
