import { ref, shallowRef } from "vue";
import { describeError } from "@unionhub/sdk";

/** Loading / error / data state of one async load, with the error as a readable Chinese message. */
export function useAsync<T>(load: () => Promise<T>) {
  const data = shallowRef<T | null>(null);
  const loading = ref(false);
  const error = ref<string | null>(null);
  async function run(): Promise<void> {
    loading.value = true;
    error.value = null;
    try {
      data.value = await load();
    } catch (e) {
      error.value = describeError(e);
    } finally {
      loading.value = false;
    }
  }
  return { data, loading, error, run };
}
