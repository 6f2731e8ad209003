using LcPeers.Application.Matching.Snapshot;

namespace LcPeers.Application.Tests.Matching;

public sealed class ChangeCursorTests
{
    private static readonly DateTimeOffset Now = new(2027, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Take_ContiguousIds_MovesTheWatermark_AndNeverHandsOutARowTwice()
    {
        var cursor = new ChangeCursor(10);

        Assert.Equal([11, 12, 13], cursor.Take([11L, 12, 13], id => id, Now));
        Assert.Equal(13, cursor.Watermark);
        Assert.Empty(cursor.Take([12L, 13], id => id, Now));
        Assert.Empty(cursor.AppliedAbove);
    }

    [Fact]
    public void Take_AMissingId_IsWaitedFor_ThenAppliedWhenItCommits()
    {
        var cursor = new ChangeCursor(10);

        Assert.Equal([11, 13], cursor.Take([11L, 13], id => id, Now));
        Assert.Equal(11, cursor.Watermark); // 12 took its id but has not committed yet
        Assert.Equal([13], cursor.AppliedAbove);
        Assert.Empty(cursor.Take([13L], id => id, Now.AddSeconds(5)));
        Assert.Equal([12], cursor.Take([12L, 13], id => id, Now.AddSeconds(10)));
        Assert.Equal(13, cursor.Watermark);
    }

    [Fact]
    public void Take_AMissingIdThatNeverComes_IsPassedAfterTheTimeout()
    {
        var cursor = new ChangeCursor(0);
        cursor.Take([1L, 5, 6], id => id, Now);
        Assert.Equal(1, cursor.Watermark);

        cursor.Take([5L, 6], id => id, Now + ChangeCursor.GapTimeout - TimeSpan.FromSeconds(1));
        Assert.Equal(1, cursor.Watermark);
        cursor.Take([5L, 6], id => id, Now + ChangeCursor.GapTimeout);
        Assert.Equal(6, cursor.Watermark);
        Assert.Empty(cursor.AppliedAbove);
    }

    [Fact]
    public void Clone_TakesRowsWithoutChangingTheOriginal()
    {
        var cursor = new ChangeCursor(3);
        var copy = cursor.Clone();
        copy.Take([4L, 6], id => id, Now);

        Assert.Equal(3, cursor.Watermark);
        Assert.Equal([4, 6], cursor.Clone().Take([4L, 6], id => id, Now));
        Assert.Equal(4, copy.Watermark);
    }
}
