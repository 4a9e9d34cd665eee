// The namespaces nearly every cmdlet file needs, imported once for the whole module project.
global using System;
global using System.Collections.Generic;
global using System.Linq;
global using System.Management.Automation;
