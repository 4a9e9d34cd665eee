namespace NexudusCommunity.Api.Http
{
    /// <summary>
    /// How many events fell in the last <see cref="Window"/>, in bounded memory whatever the limit: events closer
    /// together than a thousandth of the window share one group (200,000 a day would otherwise be 200,000
    /// timestamps). A group leaves the window only when its LAST event does, so the count is never below the true
    /// one: the server can never see more than the limit in any window. The cost is at most one group's width
    /// (0.1 % of the window) of throughput, and nothing at all while events are further apart than that.
    /// Not thread-safe: the pacer calls it under its gate.
    /// </summary>
    internal sealed class RollingCount
    {
        private const int GroupsPerWindow = 1000;
        private readonly TimeSpan _groupWidth;
        private Group[] _ring = new Group[16];
        private int _head;
        private int _groups;
        private int _total;

        public RollingCount(TimeSpan window)
        {
            Window = window;
            _groupWidth = TimeSpan.FromTicks(window.Ticks / GroupsPerWindow);
        }

        public TimeSpan Window { get; }

        /// <summary>Groups held now: the memory bound (about a thousand, whatever the limit).</summary>
        internal int Groups => _groups;

        /// <summary>Events in the window that ends at <paramref name="now"/>.</summary>
        public int CountAt(TimeSpan now)
        {
            Expire(now);
            return _total;
        }

        public void Add(TimeSpan at)
        {
            Expire(at);
            if (_groups > 0)
            {
                ref var last = ref _ring[Index(_groups - 1)];
                if (at - last.First < _groupWidth)
                {
                    if (at > last.Last) last.Last = at;
                    last.Count++;
                    _total++;
                    return;
                }
            }
            if (_groups == _ring.Length) Grow();
            _ring[Index(_groups)] = new Group { First = at, Last = at, Count = 1 };
            _groups++;
            _total++;
        }

        /// <summary>
        /// The earliest time from <paramref name="now"/> at which one more event keeps the window at or under
        /// <paramref name="limit"/>: now, or when enough of the oldest events have aged out.
        /// </summary>
        public TimeSpan NextFreeAt(int limit, TimeSpan now)
        {
            Expire(now);
            var mustLeave = _total - (limit - 1);
            if (mustLeave <= 0) return now;
            for (var i = 0; i < _groups; i++)
            {
                var group = _ring[Index(i)];
                mustLeave -= group.Count;
                if (mustLeave <= 0) return group.Last + Window;
            }
            return _ring[Index(_groups - 1)].Last + Window; // a limit below 1 is never counted; kept total
        }

        /// <summary>When every event now in the window has left it.</summary>
        public TimeSpan EmptyAt(TimeSpan now)
        {
            Expire(now);
            return _groups == 0 ? now : _ring[Index(_groups - 1)].Last + Window;
        }

        /// <summary>An event at t counts while now - Window &lt; t, as a server keeping exact timestamps counts it.</summary>
        private void Expire(TimeSpan now)
        {
            while (_groups > 0 && _ring[_head].Last + Window <= now)
            {
                _total -= _ring[_head].Count;
                _head = (_head + 1) % _ring.Length;
                _groups--;
            }
        }

        private int Index(int offset) => (_head + offset) % _ring.Length;

        private void Grow()
        {
            var bigger = new Group[_ring.Length * 2];
            for (var i = 0; i < _groups; i++) bigger[i] = _ring[Index(i)];
            _ring = bigger;
            _head = 0;
        }

        private struct Group
        {
            public TimeSpan First;
            public TimeSpan Last;
            public int Count;
        }
    }
}
