using System.Runtime.InteropServices;
using System.Security;

namespace NexudusCommunity.Api.Auth
{
    public static class SecureStrings
    {
        /// <summary>Reads a SecureString at the moment it goes on the wire, and not before.</summary>
        public static string Reveal(SecureString value)
        {
            if (value == null) return null;
            var pointer = IntPtr.Zero;
            try
            {
                pointer = Marshal.SecureStringToGlobalAllocUnicode(value);
                return Marshal.PtrToStringUni(pointer);
            }
            finally
            {
                if (pointer != IntPtr.Zero) Marshal.ZeroFreeGlobalAllocUnicode(pointer);
            }
        }

        public static SecureString Protect(string value)
        {
            if (value == null) return null;
            var secure = new SecureString();
            foreach (var c in value) secure.AppendChar(c);
            secure.MakeReadOnly();
            return secure;
        }
    }
}
