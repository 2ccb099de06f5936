using System;
using System.Text;

namespace ReportSdk.Payload
{
    /// <summary>
    /// Registry entries found by the UTF-8 bytes of their code, as a payload holds them: a small
    /// open-addressing table over an FNV-1a hash, so a figure's unit or indicator is found
    /// without making a string, and without generic dictionary code compiled at start-up.
    /// </summary>
    internal sealed class CodeTable<T> where T : class
    {
        private readonly byte[][] _codes;
        private readonly T[] _entries;
        private readonly int[] _slots;

        public CodeTable(T[] entries, Func<T, string> code)
        {
            _codes = new byte[entries.Length][];
            _entries = entries;
            _slots = new int[Math.Max(4, RoundUpToPowerOfTwo(entries.Length * 2))];
            for (var i = 0; i < entries.Length; i++)
            {
                _codes[i] = Encoding.UTF8.GetBytes(code(entries[i]));
                var slot = Hash(_codes[i]) & (_slots.Length - 1);
                while (_slots[slot] != 0) slot = (slot + 1) & (_slots.Length - 1);
                _slots[slot] = i + 1;
            }
        }

        /// <summary>The entry with this code, or null.</summary>
        public T? Find(ReadOnlySpan<byte> code)
        {
            var slot = Hash(code) & (_slots.Length - 1);
            for (var index = _slots[slot]; index != 0; slot = (slot + 1) & (_slots.Length - 1), index = _slots[slot])
            {
                if (code.SequenceEqual(_codes[index - 1])) return _entries[index - 1];
            }
            return null;
        }

        private static int Hash(ReadOnlySpan<byte> bytes)
        {
            var hash = 2166136261u;
            foreach (var b in bytes) hash = (hash ^ b) * 16777619u;
            return (int)(hash & 0x7fffffff);
        }

        private static int RoundUpToPowerOfTwo(int value)
        {
            var power = 1;
            while (power < value) power <<= 1;
            return power;
        }
    }
}
