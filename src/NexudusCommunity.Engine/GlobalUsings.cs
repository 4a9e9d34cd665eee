// The namespaces nearly every engine file needs, imported once for the whole project (the SDK's implicit set, as
// the sandbox and tools projects have it, without System.IO).
global using System;
global using System.Collections.Generic;
global using System.Linq;
global using System.Net.Http;
global using System.Threading;
global using System.Threading.Tasks;
