using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using ReportSdk.Compiler.Diagnostics;

namespace ReportSdk.Cli.Output
{
    /// <summary>
    /// The SARIF <c>partialFingerprints</c> value that lets code scanning recognise a finding
    /// from one run to the next: SHA-256 (lowercase hex) of the rule id, the file's path as SARIF
    /// gives it (relative to the root, else absolute), the message and the finding's occurrence
    /// number among findings with those same three in the file (1 for the first). Lines and
    /// columns are left out on purpose, so inserting a line above a finding does not make it a
    /// new alert; the occurrence number keeps two identical messages in one file apart.
    /// </summary>
    internal sealed class FindingFingerprint
    {
        /// <summary>The key in <c>partialFingerprints</c>; the version changes if the recipe ever does.</summary>
        public const string Key = "reportsdkFinding/v1";

        private readonly Dictionary<string, int> _seen = new(System.StringComparer.Ordinal);

        /// <summary>
        /// The fingerprint of the next finding; call it for the findings in output order (file,
        /// line, column), which is the order their occurrence numbers follow.
        /// </summary>
        public string Next(Finding finding, string path)
        {
            var identity = finding.Id + "\0" + path + "\0" + finding.Message;
            _seen[identity] = _seen.TryGetValue(identity, out var count) ? count + 1 : 1;
            var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(identity + "\0" + _seen[identity].ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return System.Convert.ToHexStringLower(bytes);
        }
    }
}
