import { useCallback, useEffect, useRef, useState } from 'react';
import {
  AccessDenied,
  CanAccess,
  LinkBase,
  Title,
  useGetList,
  useNotify,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { Box, Button, Card, CardContent, Step, StepLabel, Stepper, Typography } from '@mui/material';
import { Role, type ImportPreviewResponse, type MunicipalityRecord } from '@kompass/shared';
import { PendingButton, useRole } from '../common';
import { ImportError } from './ImportError';
import { ImportReviewStep } from './ImportReviewStep';
import { ImportSourceStep, type SourceValues, TemplateLinks, validateSource } from './ImportSourceStep';
import { commitImport, type ImportInput, previewImport } from './importApi';

const EMPTY: SourceValues = { mode: 'file', file: null, text: '', municipalityId: '', evaluatedAt: '', label: '' };

function toInput(values: SourceValues, isAdmin: boolean, frameworkId?: number): ImportInput {
  return {
    source:
      values.mode === 'file' && values.file
        ? { kind: 'file', file: values.file }
        : { kind: 'text', content: values.text },
    municipalityId: isAdmin && values.municipalityId ? Number(values.municipalityId) : undefined,
    evaluatedAt: values.evaluatedAt,
    label: values.label,
    frameworkId,
  };
}

/**
 * Import an evaluation in two steps: choose the report (preview with `dryRun`, nothing stored),
 * then review scores, warnings and the findings' sub-questions and confirm (the same request,
 * stored, with the findings as confirmed).
 */
const Wizard = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const isAdmin = useRole() === Role.Admin;
  const [values, setValues] = useState<SourceValues>(EMPTY);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<keyof SourceValues, string>>>({});
  const [preview, setPreview] = useState<ImportPreviewResponse | null>(null);
  const [codes, setCodes] = useState<string[][]>([]);
  const [pending, setPending] = useState(false);
  const [catalogueConfirmed, setCatalogueConfirmed] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const step = preview ? 1 : 0;
  const { data: municipalities = [] } = useGetList<MunicipalityRecord>(
    'municipalities',
    { pagination: { page: 1, perPage: 500 }, sort: { field: 'name', order: 'ASC' } },
    { enabled: isAdmin },
  );

  // A new step starts at the top, with focus on its heading so screen readers and keyboards start there
  useEffect(() => {
    window.scrollTo({ top: 0 });
    headingRef.current?.focus({ preventScroll: true });
  }, [step]);

  const change = useCallback((patch: Partial<SourceValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    setFieldErrors((current) => {
      const next = { ...current };
      for (const key of Object.keys(patch) as (keyof SourceValues)[]) delete next[key];
      if (patch.mode) {
        delete next.file;
        delete next.text;
      }
      return next;
    });
  }, []);

  const changeCodes = useCallback((index: number, next: string[]) => {
    setCodes((current) => current.map((c, i) => (i === index ? next : c)));
  }, []);

  /** Without `frameworkId` the API detects the revision; with it, the coordinator's pick is read. */
  const runPreview = async (frameworkId?: number) => {
    const errors = validateSource(values, isAdmin);
    setFieldErrors(errors);
    setError(null);
    if (Object.keys(errors).length) return;
    setPending(true);
    try {
      const result = await previewImport(toInput(values, isAdmin, frameworkId));
      setPreview(result);
      setCatalogueConfirmed(false);
      setCodes(result.findings.map((f) => f.questionCodes));
    } catch (cause) {
      setError(cause);
    } finally {
      setPending(false);
    }
  };

  const confirm = async () => {
    if (!preview) return;
    setPending(true);
    setError(null);
    try {
      const findings = preview.findings.map((f, i) => ({
        area: f.area,
        kind: f.kind,
        text: f.text,
        questionCodes: codes[i] ?? [],
      }));
      // The revision the coordinator reviewed, not a new detection
      const input = toInput(values, isAdmin, preview.frameworkChoice.frameworkId);
      const result = await commitImport(input, findings, preview.learnedCatalogue !== null && catalogueConfirmed);
      notify('kompass.import.done', {
        type: 'success',
        messageArgs: { label: result.evaluation.label, smart_count: result.findingsCreated },
      });
      redirect('show', 'evaluations', result.evaluation.id);
    } catch (cause) {
      setError(cause);
      setPending(false);
    }
  };

  const back = () => {
    setPreview(null);
    setError(null);
  };

  const municipalityName = isAdmin
    ? municipalities.find((m) => String(m.id) === values.municipalityId)?.name
    : undefined;

  return (
    <Box sx={{ mt: 2, maxWidth: 1100 }}>
      <Title title="kompass.import.title" />
      <Card>
        <CardContent>
          <Typography component="h1" variant="h5" tabIndex={-1} ref={headingRef} sx={{ outline: 'none' }}>
            {translate(step === 0 ? 'kompass.import.heading_source' : 'kompass.import.heading_review')}
          </Typography>
          <Stepper activeStep={step} sx={{ my: 2, maxWidth: 560 }} aria-label={translate('kompass.import.steps')}>
            <Step>
              <StepLabel>{translate('kompass.import.step_source')}</StepLabel>
            </Step>
            <Step>
              <StepLabel>{translate('kompass.import.step_review')}</StepLabel>
            </Step>
          </Stepper>
          <Typography sx={{ mb: 2 }}>
            {translate(step === 0 ? 'kompass.import.intro_source' : 'kompass.import.intro_review')}
          </Typography>

          {step === 0 ? (
            <ImportSourceStep values={values} onChange={change} errors={fieldErrors} />
          ) : (
            <ImportReviewStep
              preview={preview!}
              municipalityName={municipalityName}
              codes={codes}
              onCodesChange={changeCodes}
              onPickFramework={(id) => void runPreview(id)}
              catalogueConfirmed={catalogueConfirmed}
              onCatalogueConfirmedChange={setCatalogueConfirmed}
              pending={pending}
            />
          )}

          <Box sx={{ mt: 3 }}>
            <ImportError error={error} />
          </Box>

          <Box sx={{ display: 'flex', gap: 1, mt: 3, flexWrap: 'wrap', alignItems: 'center' }}>
            {step === 0 ? (
              <>
                <PendingButton pending={pending} onClick={() => void runPreview()}>
                  {translate(pending ? 'kompass.import.reading' : 'kompass.import.preview')}
                </PendingButton>
                <Button component={LinkBase} to="/evaluations">
                  {translate('ra.action.cancel')}
                </Button>
              </>
            ) : (
              <>
                <PendingButton
                  pending={pending}
                  onClick={confirm}
                  disabled={preview?.learnedCatalogue != null && !catalogueConfirmed}
                >
                  {translate(pending ? 'kompass.import.saving' : 'kompass.import.confirm')}
                </PendingButton>
                <Button onClick={back} disabled={pending}>
                  {translate('kompass.import.back')}
                </Button>
              </>
            )}
          </Box>
          {step === 0 && <TemplateLinks />}
        </CardContent>
      </Card>
    </Box>
  );
};

const ImportWizard = () => (
  <CanAccess action="create" resource="evaluations" accessDenied={<AccessDenied />}>
    <Wizard />
  </CanAccess>
);

export default ImportWizard;
