<#
.SYNOPSIS
    A worked example: how to test YOUR OWN runbook that uses NexudusCommunity, with no Nexudus account, no sandbox
    and no network, by mocking our cmdlets with Pester.
.DESCRIPTION
    The pattern, to copy into your own repository:

      1. Import NexudusCommunity (Pester can only mock a command that exists, and the mocks return our real types).
      2. Import the module (or dot-source the script) that holds your runbook.
      3. Mock the cmdlets your runbook calls. When the runbook lives in a module, give -ModuleName <your module>:
         the mock must be defined where the runbook looks its commands up. (Not -ModuleName NexudusCommunity: that
         is a binary module, and Pester mocks inside script modules only.) When the runbook is a function or script
         you dot-source into the test, leave -ModuleName out.
      4. Make the mocks return real objects, cast from hashtables, so your code meets the same properties and types
         it meets in production:
             [NexudusCommunity.Models.CommunityGroup]@{ Id = 1; Name = 'Book Club'; GroupAccess = 'Public' }
      5. Assert what the runbook asked for with Should -Invoke (-ParameterFilter names the call you mean).
#>

BeforeAll {
    # 1. In your repository: Import-Module NexudusCommunity (installed with Install-Module). Here: the build output.
    Import-Module (Join-Path $PSScriptRoot '../../out/NexudusCommunity/NexudusCommunity.psd1')

    # 2. The runbook under test. Yours would be in its own file (MyRunbooks.psm1, or a .ps1 you dot-source); it is a
    #    module built on the spot here so that this example is one self-contained file.
    New-Module -Name BookClubRunbook -ScriptBlock {
        function Sync-BookClubAccess {
            <#
            .SYNOPSIS
                Makes every community group whose name matches a pattern (book clubs by default) private.
                Unattended: signs in with the credential stored in a SecretManagement vault.
            .OUTPUTS
                One line per matching group: Id, Name, Status (Changed, Unchanged, Failed) and Message.
            #>
            [CmdletBinding(SupportsShouldProcess)]
            param(
                [string] $SecretName = 'Nexudus',
                [string] $NamePattern = 'Book*',
                [NexudusCommunity.Models.GroupAccess] $Access = 'Private'
            )

            Connect-Nexudus -SecretName $SecretName -ErrorAction Stop

            foreach ($group in @(Get-CommunityGroup -Name $NamePattern -ErrorAction Stop)) {
                $line = [pscustomobject]@{ Id = $group.Id; Name = $group.Name; Status = 'Unchanged'; Message = $null }
                if ($group.GroupAccess -ne $Access -and
                    $PSCmdlet.ShouldProcess("community group $($group.Id) '$($group.Name)'", "Make it $Access")) {
                    try {
                        Set-CommunityGroup -Id $group.Id -GroupAccess $Access -ErrorAction Stop
                        $line.Status = 'Changed'
                    }
                    catch {
                        # One group the account may not change must not stop the others.
                        $line.Status = 'Failed'
                        $line.Message = $_.ToString()
                        Write-Warning "Group $($group.Id) '$($group.Name)' was not changed: $($line.Message)"
                    }
                }
                $line
            }
        }
        Export-ModuleMember -Function Sync-BookClubAccess
    } | Import-Module -Force
}

AfterAll {
    Remove-Module -Name BookClubRunbook -Force -ErrorAction SilentlyContinue
}

Describe 'Sync-BookClubAccess (a runbook tested with mocks)' {
    BeforeAll {
        # 3. Never reach a vault or a server: Connect-Nexudus and Set-CommunityGroup do nothing here...
        Mock Connect-Nexudus -ModuleName BookClubRunbook { }
        Mock Set-CommunityGroup -ModuleName BookClubRunbook { }
    }

    Context 'when some book clubs are not private yet' {
        BeforeAll {
            # 4. ...and Get-CommunityGroup answers with real CommunityGroup objects, as the API would.
            Mock Get-CommunityGroup -ModuleName BookClubRunbook {
                [NexudusCommunity.Models.CommunityGroup]@{ Id = 1; Name = 'Book Club'; GroupAccess = 'Public' }
                [NexudusCommunity.Models.CommunityGroup]@{ Id = 2; Name = 'Book Swap'; GroupAccess = 'Private' }
                [NexudusCommunity.Models.CommunityGroup]@{ Id = 3; Name = 'Bookbinding'; GroupAccess = 'Restricted' }
            }
        }

        It 'signs in with the credential stored under the secret name' {
            Sync-BookClubAccess | Out-Null

            # 5. Assert on the calls.
            Should -Invoke Connect-Nexudus -ModuleName BookClubRunbook -Times 1 -Exactly -ParameterFilter { $SecretName -eq 'Nexudus' }
        }

        It 'asks only for the groups named Book*' {
            Sync-BookClubAccess | Out-Null

            Should -Invoke Get-CommunityGroup -ModuleName BookClubRunbook -Times 1 -Exactly -ParameterFilter { $Name -eq 'Book*' }
        }

        It 'makes each group that is not private yet private, by its Id' {
            Sync-BookClubAccess | Out-Null

            Should -Invoke Set-CommunityGroup -ModuleName BookClubRunbook -Times 1 -Exactly -ParameterFilter { $Id -eq 1 -and $GroupAccess -eq 'Private' }
            Should -Invoke Set-CommunityGroup -ModuleName BookClubRunbook -Times 1 -Exactly -ParameterFilter { $Id -eq 3 -and $GroupAccess -eq 'Private' }
        }

        It 'leaves a group that is already private alone' {
            Sync-BookClubAccess | Out-Null

            Should -Invoke Set-CommunityGroup -ModuleName BookClubRunbook -Times 0 -Exactly -ParameterFilter { $Id -eq 2 }
            Should -Invoke Set-CommunityGroup -ModuleName BookClubRunbook -Times 2 -Exactly
        }

        It 'reports what it did, group by group' {
            $report = @(Sync-BookClubAccess)

            $report.Id | Should -Be @(1, 2, 3)
            $report.Status | Should -Be @('Changed', 'Unchanged', 'Changed')
        }

        It 'takes another access level and pattern' {
            Sync-BookClubAccess -NamePattern 'Book C*' -Access Public | Out-Null

            Should -Invoke Get-CommunityGroup -ModuleName BookClubRunbook -Times 1 -Exactly -ParameterFilter { $Name -eq 'Book C*' }
            Should -Invoke Set-CommunityGroup -ModuleName BookClubRunbook -Times 1 -Exactly -ParameterFilter { $Id -eq 2 -and $GroupAccess -eq 'Public' }
            Should -Invoke Set-CommunityGroup -ModuleName BookClubRunbook -Times 1 -Exactly -ParameterFilter { $Id -eq 3 -and $GroupAccess -eq 'Public' }
        }

        It 'changes nothing under -WhatIf' {
            Sync-BookClubAccess -WhatIf | Out-Null

            Should -Invoke Set-CommunityGroup -ModuleName BookClubRunbook -Times 0 -Exactly
        }
    }

    Context 'when no group matches' {
        BeforeAll {
            Mock Get-CommunityGroup -ModuleName BookClubRunbook { }
        }

        It 'changes nothing and reports nothing' {
            $report = Sync-BookClubAccess

            $report | Should -BeNullOrEmpty
            Should -Invoke Set-CommunityGroup -ModuleName BookClubRunbook -Times 0 -Exactly
        }
    }

    Context 'when Nexudus refuses one change' {
        BeforeAll {
            Mock Get-CommunityGroup -ModuleName BookClubRunbook {
                [NexudusCommunity.Models.CommunityGroup]@{ Id = 1; Name = 'Book Club'; GroupAccess = 'Public' }
                [NexudusCommunity.Models.CommunityGroup]@{ Id = 3; Name = 'Bookbinding'; GroupAccess = 'Public' }
            }
            # A mock with a -ParameterFilter wins over the plain one for the calls it matches: group 1 fails as it
            # would for an account without the role.
            Mock Set-CommunityGroup -ModuleName BookClubRunbook -ParameterFilter { $Id -eq 1 } {
                Write-Error -Message "PUT api/community/communitygroups (CommunityGroup 1) was refused (401): the account lacks the role 'CommunityGroup-Edit'." `
                    -Category PermissionDenied -ErrorId 'NexudusPermission' -ErrorAction Stop
            }
        }

        It 'goes on with the other groups' {
            Sync-BookClubAccess -WarningAction SilentlyContinue | Out-Null

            Should -Invoke Set-CommunityGroup -ModuleName BookClubRunbook -Times 1 -Exactly -ParameterFilter { $Id -eq 3 }
        }

        It 'reports the failure with the server''s reason, and warns' {
            $report = @(Sync-BookClubAccess -WarningVariable warnings -WarningAction SilentlyContinue)

            $report.Status | Should -Be @('Failed', 'Changed')
            $report[0].Message | Should -BeLike '*CommunityGroup-Edit*'
            $warnings.Count | Should -Be 1
            "$($warnings[0])" | Should -BeLike "*Book Club*"
        }
    }

    Context 'when the vault has no such secret' {
        BeforeAll {
            Mock Connect-Nexudus -ModuleName BookClubRunbook {
                throw [System.Management.Automation.ItemNotFoundException]::new("SecretName: the secret 'Nexudus' was not found.")
            }
            Mock Get-CommunityGroup -ModuleName BookClubRunbook { }
        }

        It 'stops before reading or changing anything' {
            { Sync-BookClubAccess } | Should -Throw -ExpectedMessage "*secret 'Nexudus'*"

            Should -Invoke Get-CommunityGroup -ModuleName BookClubRunbook -Times 0 -Exactly
            Should -Invoke Set-CommunityGroup -ModuleName BookClubRunbook -Times 0 -Exactly
        }
    }
}
