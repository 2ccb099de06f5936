using System.Collections.Generic;

namespace ReportSdk.Compiler.Diagnostics
{
    /// <summary>
    /// Every rule of the format. Ids are stable: RS1xxx shape, RS2xxx references, RS3xxx
    /// provenance, RS9xxx the tool itself. Never reuse or renumber an id. Most rules are errors;
    /// the few that read the wording around a number (RS3008–RS3010) are warnings.
    /// </summary>
    internal static class Rules
    {
        private const DiagnosticLevel Error = DiagnosticLevel.Error;
        private const DiagnosticLevel Warning = DiagnosticLevel.Warning;

        public static readonly Rule YamlSyntax = new("RS1001", "YAML syntax error", Error);
        public static readonly Rule UnknownField = new("RS1002", "Unknown field", Error);
        public static readonly Rule MissingField = new("RS1003", "Missing required field", Error);
        public static readonly Rule WrongType = new("RS1004", "Wrong type or format", Error);
        public static readonly Rule DuplicateField = new("RS1005", "Duplicate field", Error);
        public static readonly Rule AnchorOrAlias = new("RS1006", "YAML anchors and aliases are not allowed", Error);
        public static readonly Rule InvalidKey = new("RS1007", "Key is not kebab-case or gives no valid C# identifier", Error);
        public static readonly Rule DuplicateKey = new("RS1008", "Key is not unique", Error);
        public static readonly Rule InconsistentQuantity = new("RS1009", "Fields of a quantity do not fit together", Error);
        public static readonly Rule InexactNumber = new("RS1010", "Number not held exactly by a decimal", Error);

        public static readonly Rule UnknownIndicator = new("RS2001", "Unknown indicator", Error);
        public static readonly Rule UnknownUnit = new("RS2002", "Unknown unit", Error);
        public static readonly Rule UnknownRegion = new("RS2003", "Unknown region", Error);
        public static readonly Rule UnknownCode = new("RS2004", "Unknown code (bound, kind, role or reason)", Error);
        public static readonly Rule UnitMismatch = new("RS2005", "Unit does not fit the indicator", Error);
        public static readonly Rule SectionNotFound = new("RS2006", "Section path not found", Error);
        public static readonly Rule ReferenceNotFound = new("RS2007", "Referenced key not found", Error);
        public static readonly Rule DuplicateReport = new("RS2008", "Report id or symbol used twice", Error);
        public static readonly Rule RegionMismatch = new("RS2009", "Region does not match the national list of divisions", Error);
        // A warning: the list is of one year, and a report of an earlier year may name a division abolished since.
        public static readonly Rule RegionNotListed = new("RS2010", "Region code not in the national list of divisions", Warning);
        public static readonly Rule RegionCycle = new("RS2011", "Region is its own ancestor", Error);

        public static readonly Rule QuoteNotFound = new("RS3001", "Quote not found in the source", Error);
        public static readonly Rule ValueNotInQuote = new("RS3002", "Value not present in its quote", Error);
        public static readonly Rule QuoteAmbiguous = new("RS3003", "Quote matches more than one place", Error);
        public static readonly Rule SourceHashMismatch = new("RS3004", "Source text hash mismatch", Error);
        public static readonly Rule SourceMissing = new("RS3005", "Source text not found", Error);
        public static readonly Rule HeadingNotFound = new("RS3006", "Section heading not found in the source", Error);
        public static readonly Rule QuoteOutsideSection = new("RS3007", "Quote is not inside its section", Error);

        // Warnings: they read the wording of the quote around the number, which can be unusual.
        public static readonly Rule PeopleUnitMismatch = new("RS3008", "The quote counts people but the unit does not", Warning);
        public static readonly Rule MagnitudeMismatch = new("RS3009", "Magnitude in the quote does not fit the unit", Warning);
        public static readonly Rule ApproximateAsExact = new("RS3010", "Approximate number stated as exact", Warning);

        // A warning while a curator has not checked a figure that reportsdk draft proposed.
        public static readonly Rule UnreviewedFigure = new("RS3011", "Figure or dismissal proposed by reportsdk draft, not yet reviewed", Warning);

        public static readonly Rule InternalError = new("RS9001", "Unexpected error while reading the data", Error);

        /// <summary>All rules, in id order.</summary>
        public static IReadOnlyList<Rule> All { get; } = new[]
        {
            YamlSyntax, UnknownField, MissingField, WrongType, DuplicateField, AnchorOrAlias, InvalidKey, DuplicateKey,
            InconsistentQuantity, InexactNumber, UnknownIndicator, UnknownUnit, UnknownRegion, UnknownCode, UnitMismatch,
            SectionNotFound, ReferenceNotFound, DuplicateReport, RegionMismatch, RegionNotListed, RegionCycle, QuoteNotFound, ValueNotInQuote, QuoteAmbiguous,
            SourceHashMismatch, SourceMissing, HeadingNotFound, QuoteOutsideSection, PeopleUnitMismatch, MagnitudeMismatch,
            ApproximateAsExact, UnreviewedFigure, InternalError,
        };
    }
}
