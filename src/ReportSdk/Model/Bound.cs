namespace ReportSdk
{
    /// <summary>How a figure relates to its value, from the report's wording.</summary>
    public enum Bound
    {
        /// <summary>No qualifier, or 达到: exactly the value. Code <c>exact</c>.</summary>
        Exact,

        /// <summary>以上, 不低于: the value or more. Code <c>at-least</c>.</summary>
        AtLeast,

        /// <summary>以内, 以下, 控制在: the value or less. Code <c>at-most</c>.</summary>
        AtMost,

        /// <summary>左右: about the value. Code <c>about</c>.</summary>
        About,

        /// <summary>近: nearly the value. Code <c>nearly</c>.</summary>
        Nearly,

        /// <summary>超过, 突破, 高于: more than the value. Code <c>more-than</c>.</summary>
        MoreThan,

        /// <summary>X—Y: between <see cref="Quantity.Value"/> and <see cref="Quantity.Max"/>. Code <c>range</c>.</summary>
        Range,

        /// <summary>预计: an estimate of a reported figure. Code <c>estimate</c>.</summary>
        Estimate,
    }
}
