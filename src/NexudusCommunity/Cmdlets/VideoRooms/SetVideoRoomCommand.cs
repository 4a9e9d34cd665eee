using NexudusCommunity.Cmdlets.Input;

namespace NexudusCommunity.Cmdlets.VideoRooms
{
    /// <summary>Set-VideoRoom's parameters are generated from the VideoRoom model; what they cannot say is here.</summary>
    public sealed partial class SetVideoRoomCommand
    {
        protected override void CheckCombination(IReadOnlyList<FieldValue> values)
        {
            if (values.Any(v => v.Parameter == nameof(NewImageUrl)) && values.Any(v => v.Parameter == nameof(ClearImageFile) && true.Equals(v.Value)))
                throw new ParameterException(nameof(ClearImageFile), "ClearImageFile: cannot be combined with -NewImageUrl.");
        }
    }
}
