<#
    Get-NexudusBusiness and the default business of a connection, against the local API sandbox (two businesses:
    'Sandbox Coworking' and 'Sandbox Annex', ten-digit ids as $sandbox.Demo names them).
#>

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $sandbox = Start-TestSandbox
    $demo = $sandbox.Demo # the demo data's ids (DemoIds in the sandbox)
}

AfterAll {
    if ($sandbox) { Stop-TestSandbox -Sandbox $sandbox }
}

Describe 'Get-NexudusBusiness' {
    BeforeAll {
        Reset-TestSandbox -Sandbox $sandbox
        Connect-TestSandbox -Sandbox $sandbox
    }

    It 'lists the account''s businesses as typed objects' {
        $businesses = @(Get-NexudusBusiness -SortBy Id)

        $businesses | ForEach-Object { $_ | Should -BeOfType ([NexudusCommunity.Models.Business]) }
        $businesses.Id | Should -Be @($demo.Business1, $demo.Business2)
        $businesses.Name | Should -Be @('Sandbox Coworking', 'Sandbox Annex')
        $businesses | ForEach-Object { $_.Currency | Should -Not -BeNullOrEmpty }
    }

    It 'filters by name, wildcards allowed' {
        (Get-NexudusBusiness -Name '*Annex').Id | Should -Be @($demo.Business2)
        (Get-NexudusBusiness -Name 'sandbox coworking').Id | Should -Be @($demo.Business1)
        Get-NexudusBusiness -Name 'Elsewhere*' | Should -BeNullOrEmpty
    }

    It 'pages with -First, as the quickstart does to pick one' {
        @(Get-NexudusBusiness -First 1 -SortBy Id).Id | Should -Be @($demo.Business1)
    }

    It 'gets one business by Id' {
        (Get-NexudusBusiness -Id $demo.Business2).Name | Should -Be 'Sandbox Annex'
    }

    It 'writes an ObjectNotFound error for an unknown Id' {
        Get-NexudusBusiness -Id 777 -ErrorVariable problems -ErrorAction SilentlyContinue

        $problems.Count | Should -Be 1
        $problems[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'refuses to sort by a field businesses do not have' {
        { Get-NexudusBusiness -SortBy Currency } | Should -Throw -ExpectedMessage '*SortBy*'
    }
}

Describe 'The default business of a connection' {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sandbox
        Disconnect-Nexudus
    }

    It 'is the -BusinessId given to Connect-Nexudus, by Id and name, and new records land in it' {
        Connect-TestSandbox -Sandbox $sandbox -BusinessId $demo.Business2

        (Get-NexudusConnection).BusinessId | Should -Be $demo.Business2
        (Get-NexudusConnection).BusinessName | Should -Be 'Sandbox Annex'
        (New-CommunityGroup -UserId $demo.User1 -Name 'In the annex').BusinessId | Should -Be $demo.Business2
        (New-VideoRoom -Name 'Annex room' -NumberOfParticipants 3).BusinessId | Should -Be $demo.Business2
    }

    It 'is not guessed when the account has two: New-* then says to pass -BusinessId' {
        Connect-TestSandbox -Sandbox $sandbox -BusinessId 0

        (Get-NexudusConnection).BusinessId | Should -BeNullOrEmpty
        $refused = { New-CommunityGroup -UserId $demo.User1 -Name 'Where?' -ErrorAction Stop } | Should -Throw -PassThru
        $refused.Exception.Message | Should -BeLike '*BusinessId*'
        @(Get-TestSandboxRequest -Sandbox $sandbox -Write).Count | Should -Be 0

        (New-CommunityGroup -UserId $demo.User1 -Name 'Here' -BusinessId $demo.Business1).BusinessId | Should -Be $demo.Business1
    }

    It 'must be one of the account''s businesses: Connect-Nexudus refuses another and lists them' {
        $refused = { Connect-TestSandbox -Sandbox $sandbox -BusinessId 777 } | Should -Throw -PassThru

        $refused.Exception.Message | Should -BeLike '*BusinessId*'
        $refused.Exception.Message | Should -BeLike "*$($demo.Business1)*"
        $refused.Exception.Message | Should -BeLike "*$($demo.Business2)*"
        { Get-NexudusConnection -ErrorAction Stop } | Should -Throw
    }

    It 'can be overridden per call with -BusinessId' {
        Connect-TestSandbox -Sandbox $sandbox -BusinessId $demo.Business1

        (New-CommunityGroup -UserId $demo.User1 -Name 'Elsewhere' -BusinessId $demo.Business2).BusinessId | Should -Be $demo.Business2
        @(Get-CommunityGroup -BusinessId $demo.Business2).Name | Should -Be @('Elsewhere')
    }
}

Describe 'The quickstart' {
    It 'runs end to end against the sandbox: connect, create, find, update, remove' {
        Reset-TestSandbox -Sandbox $sandbox
        $quickstart = Join-Path (Join-Path (Join-Path $PSScriptRoot '..') '..') 'examples/Quickstart.ps1'

        $lines = @(& $quickstart -BaseUri $sandbox.BaseUri -Credential $sandbox.AdminCredential)

        $lines | Should -HaveCount 5
        $lines[0] | Should -BeLike 'Connected to*admin@example.com*'
        $lines[1] | Should -BeLike "Created  group*'Quickstart Makers'*"
        $lines[3] | Should -BeLike "*Hardware and 3D printing*$($demo.Coworker3)*"
        $lines[4] | Should -BeLike "*left: 0"
        Get-CommunityGroup -Name 'Quickstart*' -Connection (Connect-TestSandbox -Sandbox $sandbox -PassThru) | Should -BeNullOrEmpty
    }
}
