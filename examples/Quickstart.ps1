<#
.SYNOPSIS
    The module's main job in one go: connect, create a community group, find it, update it, remove it.
.DESCRIPTION
    Runs against any Nexudus API. `dotnet pwsh ./build.ps1 -Task Demo` starts the local sandbox and runs this script
    against it; or start the sandbox yourself (dotnet run --project src/NexudusCommunity.Sandbox) and pass its
    address and a sandbox user's credential.
.EXAMPLE
    ./examples/Quickstart.ps1 -BaseUri http://127.0.0.1:5080/ -Credential (Get-Credential admin@example.com)
#>
param(
    [Parameter(Mandatory)] [uri] $BaseUri,
    [Parameter(Mandatory)] [pscredential] $Credential,
    # The owner of the new group: a user account (Get-NexudusUser lists them); by default the user signed in.
    [long] $UserId
)
$ErrorActionPreference = 'Stop'

$connection = Connect-Nexudus -BaseUri $BaseUri -Credential $Credential -PassThru
$business = Get-NexudusBusiness -First 1
"Connected to $($connection.BaseUri) as $($connection.UserName); using business $($business.Id) '$($business.Name)'"

# The first three coworkers: two members now, one added below.
$coworkers = @(Get-NexudusCoworker -First 3 -SortBy Id)
$owner = if ($UserId) { @{ UserId = $UserId } } else { @{} }
$group = New-CommunityGroup -Name 'Quickstart Makers' -Description 'Hardware tinkerers' -GroupAccess Public `
    -BusinessId $business.Id @owner -MemberId $coworkers[0].Id, $coworkers[1].Id
"Created  group $($group.Id) '$($group.Name)': $($group.GroupAccess), members $($group.Members -join ', ')"

$found = @(Get-CommunityGroup -Name 'Quickstart*')
"Found    $($found.Count) group(s) named 'Quickstart*': $(($found | ForEach-Object { "$($_.Id) '$($_.Name)'" }) -join ', ')"

$updated = $found | Where-Object Id -eq $group.Id | Set-CommunityGroup -Description 'Hardware and 3D printing' -AddMember $coworkers[2].Id -PassThru
"Updated  group $($updated.Id): description '$($updated.Description)', access $($updated.GroupAccess), members $($updated.Members -join ', ')"

$updated | Remove-CommunityGroup -Confirm:$false
$left = @(Get-CommunityGroup -Name 'Quickstart*')
"Removed  group $($group.Id); groups named 'Quickstart*' left: $($left.Count)"

Disconnect-Nexudus
