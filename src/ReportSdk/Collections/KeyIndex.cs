using System;

namespace ReportSdk
{
    /// <summary>
    /// Positions of keys in a list, found by hash: an open-addressed table of ints over the keys
    /// themselves, built in one pass. It replaces the compiled switches a generated dataset used to
    /// carry for every report (a third of the dataset's build) and the frozen dictionaries the
    /// lists built on first use (whose creation is much code to JIT on a first query). Ordinal; the
    /// first of equal keys wins.
    /// </summary>
    internal sealed class KeyIndex
    {
        private readonly string[] _keys;

        // Position + 1 of the key hashed to each slot, 0 for an empty slot; at most half full.
        private readonly int[] _slots;
        private readonly int _mask;

        public KeyIndex(string[] keys)
        {
            _keys = keys;
            var size = 4;
            while (size < keys.Length * 2) size <<= 1;
            _slots = new int[size];
            _mask = size - 1;
            for (var i = 0; i < keys.Length; i++)
            {
                var slot = Hash(keys[i]) & _mask;
                while (_slots[slot] != 0 && !string.Equals(_keys[_slots[slot] - 1], keys[i], StringComparison.Ordinal))
                {
                    slot = (slot + 1) & _mask;
                }
                if (_slots[slot] == 0) _slots[slot] = i + 1;
            }
        }

        /// <summary>The number of keys.</summary>
        public int Count => _keys.Length;

        /// <summary>The position of <paramref name="key"/> in the list, or -1.</summary>
        public int IndexOf(string key)
        {
            var slot = Hash(key) & _mask;
            while (true)
            {
                var entry = _slots[slot];
                if (entry == 0) return -1;
                if (string.Equals(_keys[entry - 1], key, StringComparison.Ordinal)) return entry - 1;
                slot = (slot + 1) & _mask;
            }
        }

        // The process's string hash (randomized per process): the table is built where it is used.
        private static int Hash(string key) => key.GetHashCode();
    }
}
