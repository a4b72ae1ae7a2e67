using System;
using System.Globalization;

namespace NetStandardConsumer
{
    /// <summary>Formats a site-monitoring probe result with the generated lookups.</summary>
    public static class ProbeReport
    {
        /// <summary>"PING 610: title" in the locale that best matches <paramref name="culture"/>, or null for an unknown code.</summary>
        /// <param name="protocol">The probe protocol, such as "PING".</param>
        /// <param name="code">The probe's status code.</param>
        /// <param name="culture">The reader's culture.</param>
        /// <returns>The line, or null.</returns>
        public static string? Describe(string protocol, int code, CultureInfo culture)
        {
            if (protocol is null)
            {
                throw new ArgumentNullException(nameof(protocol));
            }

            var locale = StatusLocales.FromCulture(culture);
            return SiteMonitorCodes.TryGetTitle(protocol, code, locale, out var title)
                ? string.Format(CultureInfo.InvariantCulture, "{0} {1}: {2}", protocol.ToUpperInvariant(), code, title)
                : null;
        }
    }
}
