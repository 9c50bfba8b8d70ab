# SPDX-FileCopyrightText: 2026 API Access Console developers
# SPDX-License-Identifier: GPL-3.0-or-later
# bash completion for apiaccess: subcommands, their options, profile names and cached organization IDs
# (asked of the same apiaccess binary, from the cache only: nothing goes to a server).
_apiaccess()
{
    local cur prev program="${COMP_WORDS[0]}"
    cur="${COMP_WORDS[COMP_CWORD]}"
    prev="${COMP_WORDS[COMP_CWORD-1]}"
    local commands="sync rotate check-ip report diff export events profiles orgs snapshots store screenshots completion"
    case "$prev" in
        --profile) COMPREPLY=($(compgen -W "$("$program" profiles --names 2>/dev/null)" -- "$cur")); return ;;
        --org) COMPREPLY=($(compgen -W "$("$program" orgs --ids 2>/dev/null)" -- "$cur")); return ;;
        --format) COMPREPLY=($(compgen -W "csv json md html pdf" -- "$cur")); return ;;
        --fail-on) COMPREPLY=($(compgen -W "info low medium high" -- "$cur")); return ;;
        --lang) COMPREPLY=($(compgen -W "en de fr es ja zh_CN" -- "$cur")); return ;;
        --theme) COMPREPLY=($(compgen -W "system light dark" -- "$cur")); return ;;
        --api) COMPREPLY=($(compgen -W "public-v1 atlas" -- "$cur")); return ;;
        --out | --private-key-file | --private-key-out | --ca-bundle) COMPREPLY=($(compgen -f -- "$cur")); return ;;
        edit) if [ "${COMP_WORDS[1]}" = profiles ]; then
                  COMPREPLY=($(compgen -W "$("$program" profiles --names 2>/dev/null)" -- "$cur")); return
              fi ;;
        --url | --public-key | --client-id | --client-secret-file | --pin-sha256 | --trust-certificate | --from | --to | --snapshot | --stale-days | --secret-days | --rotation-days | --scale | --key | --description | --drop-project | --drop-entry)
            return ;;
    esac
    if [ "$COMP_CWORD" -eq 1 ]; then
        COMPREPLY=($(compgen -W "$commands --demo --profile --lang --theme --offline --help --version" -- "$cur"))
        return
    fi
    local options
    case "${COMP_WORDS[1]}" in
        sync) options="--profile --url --public-key --private-key-file --client-id --client-secret-file --api --org --instance --all-orgs --full --remember-key --ca-bundle --pin-sha256 --trust-certificate --store --help" ;;
        rotate)
            local connection="--profile --url --public-key --private-key-file --client-id --client-secret-file --api --remember-key --ca-bundle --pin-sha256 --trust-certificate --store --org --key --help"
            case "${COMP_WORDS[2]}" in
                key) options="$connection --private-key-out --description --drop-project --drop-entry" ;;
                finish | cancel) options="$connection" ;;
                status) options="--profile --json --help" ;;
                *) options="key status finish cancel --help" ;;
            esac ;;
        check-ip) options="--org --instance --profile --store --json --help" ;;
        report) options="--org --instance --profile --store --stale-days --secret-days --rotation-days --fail-on --json --help" ;;
        diff) options="--org --instance --profile --store --from --to --json --help" ;;
        export) options="--org --instance --profile --store --format --out --snapshot --help" ;;
        profiles)
            case "${COMP_WORDS[2]}" in
                add) options="--url --public-key --client-id --api --ca-bundle --pin-sha256 --help" ;;
                edit) options="--ca-bundle --pin-sha256 --help" ;;
                *) options="add edit --json --help" ;;
            esac ;;
        orgs) options="--profile --json --help" ;;
        snapshots) options="--org --instance --profile --store --json --help" ;;
        events) options="--org --instance --profile --store --since --type --json --help" ;;
        store)
            case "${COMP_WORDS[2]}" in
                copy) options="--from --to --org --help" ;;
                info) options="--store --json --help" ;;
                login) options="--store --help" ;;
                *) options="copy info login --help" ;;
            esac ;;
        screenshots) options="--out --lang --theme --scale --check-layout --help" ;;
        completion) options="bash zsh fish" ;;
        *) options="--demo --profile --lang --theme --offline --help --version" ;;
    esac
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
}
complete -F _apiaccess apiaccess
