// fulcio: cut-release.yml hands off to a reusable workflow that runs release/cloudbuild.yaml; its step
// runs `make release`, whose recipe (in an included file) runs goreleaser with signs: and sboms:.
export const CLOUD_BUILD_RELEASE: Record<string, string> = {
  'release/cloudbuild.yaml': "steps:\n  - name: gcr.io/cloud-builders/git\n    args:\n      - '-c'\n      - |\n        gcloud auth configure-docker \\\n        && make release\n",
  Makefile: 'include release/release.mk\n\nbuild:\n\tgo build ./...\n',
  'release/release.mk': '.PHONY: release\nrelease:\n\tLDFLAGS="$(LDFLAGS)" goreleaser release\n\nsnapshot:\n\tgoreleaser release --skip=sign,publish --snapshot --clean\n',
  '.goreleaser.yml': 'project_name: demo\nsboms:\n- artifacts: binary\nsigns:\n  - cmd: cosign\n    artifacts: binary\n',
};
